package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.year;

import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Reporting years (one column, {@code year}): every year in work_items, ledgers, activities. */
public final class IntReportingYears {

  private IntReportingYears() {}

  public static Dataset<Row> of(StagingTables staging) {
    return staging
        .table("work_items")
        .select(col("year"))
        .union(staging.table("ledgers").select(col("year")))
        .union(staging.table("activities").select(year(col("held_on")).as("year")))
        .distinct();
  }
}
