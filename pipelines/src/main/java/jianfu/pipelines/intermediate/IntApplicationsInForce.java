package jianfu.pipelines.intermediate;

import static jianfu.pipelines.intermediate.YearBounds.yearEnd;
import static jianfu.pipelines.intermediate.YearBounds.yearStart;
import static org.apache.spark.sql.functions.col;

import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Applications in force during each reporting year (docs/indicators.md): approved (APPROVED or
 * REVOKED), decided by the year-end, and not revoked before the year began. One row per (year,
 * application) with every applications column.
 */
public final class IntApplicationsInForce {

  private IntApplicationsInForce() {}

  public static Dataset<Row> of(StagingTables staging, IntReportingYears reportingYears) {
    Column decidedByYearEnd = col("decided_on").leq(yearEnd(col("year")));
    Column notRevokedBeforeYear =
        col("revoked_on").isNull().or(col("revoked_on").geq(yearStart(col("year"))));
    return reportingYears
        .each(staging.table("applications"))
        .filter(ApprovalStatus.approved().and(decidedByYearEnd).and(notRevokedBeforeYear));
  }
}
