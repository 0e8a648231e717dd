package jianfu.pipelines.marts;

import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.expressions.Window;

/** Ranks of final scores (docs/indicators.md). */
final class Ranks {

  private Ranks() {}

  /**
   * 1 for the highest score within each partition; equal scores share a rank and the next score
   * takes the next number (dense). Null for a null score, which does not take a rank either.
   */
  static Column denseBestFirst(Column score, Column... partitionBy) {
    return when(
        score.isNotNull(),
        dense_rank().over(Window.partitionBy(partitionBy).orderBy(score.desc_nulls_last())));
  }
}
