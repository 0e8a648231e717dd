package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Two-way rating scores of one ratee type (docs/indicators.md). The dimensions are the ones the
 * contract allows for that ratee type (ratings.dimension, allowed_by ratee_type).
 */
public final class IntRatingScores {

  private final Dataset<Row> ratings;
  private final List<String> dimensions;

  public IntRatingScores(StagingTables staging, String rateeType) {
    this.ratings = staging.table("ratings").filter(col("ratee_type").equalTo(rateeType));
    this.dimensions =
        staging.contract().source("ratings").column("dimension").allowedBy().allowedFor(rateeType);
  }

  /** The mart column of a dimension's mean score, e.g. score_task_completion. */
  public static String scoreColumn(String dimension) {
    return "score_" + dimension.toLowerCase(Locale.ROOT);
  }

  /**
   * Per (year, ratee_code): the mean raw score of each dimension (null when it has no ratings) and
   * {@code raters}, the distinct (rater_type, rater_code).
   */
  public Dataset<Row> perRatee() {
    Column score = col("score").cast("double");
    List<Column> measures = new ArrayList<>();
    for (String dimension : dimensions) {
      measures.add(
          avg(when(col("dimension").equalTo(dimension), score)).as(scoreColumn(dimension)));
    }
    measures.add(count_distinct(col("rater_type"), col("rater_code")).as("raters"));
    return ratings
        .groupBy("year", "ratee_code")
        .agg(measures.get(0), measures.subList(1, measures.size()).toArray(Column[]::new));
  }

  /**
   * The weighted mean of the dimension scores of a {@link #perRatee()} row: dimensions without
   * ratings are left out and the remaining weights renormalised; null when none has ratings.
   */
  public Column composite(Map<String, Double> weights) {
    Column weightedSum = lit(0.0);
    Column weightOfRated = lit(0.0);
    for (String dimension : dimensions) {
      Column score = col(scoreColumn(dimension));
      double weight = weightOf(weights, dimension);
      weightedSum =
          weightedSum.plus(when(score.isNotNull(), score.multiply(weight)).otherwise(0.0));
      weightOfRated = weightOfRated.plus(when(score.isNotNull(), weight).otherwise(0.0));
    }
    return try_divide(weightedSum, weightOfRated);
  }

  private static double weightOf(Map<String, Double> weights, String dimension) {
    Double weight = weights.get(dimension);
    if (weight == null) {
      throw new IllegalArgumentException(
          "no weight configured for rating dimension " + dimension + " (have " + weights + ")");
    }
    return weight;
  }
}
