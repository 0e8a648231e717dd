package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Whether an optional table has rows at all, as a one-row frame with one boolean column to
 * cross-join into a plan: the question is asked inside the plan, so no action runs for it.
 */
public final class AnyRows {

  private AnyRows() {}

  public static Dataset<Row> in(Dataset<Row> table, String flag) {
    return table.agg(count(lit(1)).gt(0).as(flag));
  }
}
