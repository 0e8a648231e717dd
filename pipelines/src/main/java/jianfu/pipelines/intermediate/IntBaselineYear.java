package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The baseline year as a one-row frame ({@code baseline_year}): the configured year, or else the
 * earliest reporting year (null when there is none). Kept in the plan instead of collected, so
 * building the marts runs no Spark job.
 */
public final class IntBaselineYear {

  private IntBaselineYear() {}

  public static Dataset<Row> of(Dataset<Row> reportingYears, Integer configured) {
    if (configured == null) {
      return reportingYears.agg(min(col("year")).as("baseline_year"));
    }
    return reportingYears.sparkSession().range(1).select(lit(configured).as("baseline_year"));
  }
}
