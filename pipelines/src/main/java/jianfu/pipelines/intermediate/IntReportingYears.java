package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Reporting years (one column, {@code year}; docs/indicators.md): the years in returns when it has
 * rows; for an input without returns, every year in work_items, ledgers and activities (v1). A
 * record of any other year is counted in no mart (OUT_OF_PERIOD).
 */
public final class IntReportingYears {

  private IntReportingYears() {}

  public static Dataset<Row> of(StagingTables staging) {
    Dataset<Row> returnYears = staging.table("returns").select(col("year")).distinct();
    Dataset<Row> recordYears =
        staging
            .table("work_items")
            .select(col("year"))
            .union(staging.table("ledgers").select(col("year")))
            .union(staging.table("activities").select(year(col("held_on")).as("year")))
            .distinct();
    // The record years survive only when there is no return at all.
    return returnYears.union(recordYears.join(returnYears.limit(1), lit(true), "left_anti"));
  }
}
