package jianfu.pipelines.intermediate;

import static jianfu.pipelines.intermediate.YearBounds.yearEnd;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

import java.util.stream.Stream;
import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Work item, ledger, activity and signboard records with {@code is_admitted} (docs/indicators.md,
 * "Admitted"): the record's application is approved (APPROVED or REVOKED), decided on or before the
 * record's reference date and not revoked on or before it. The reference date is held_on for
 * activities and the year-end for the others. Every frame has a {@code year}: an activity's is the
 * year it was held; a signboard appears once per reporting year at whose year-end it is up.
 */
public final class IntRecordsAdmitted {

  private final StagingTables staging;
  private final IntReportingYears reportingYears;
  private final Dataset<Row> approvals;

  public IntRecordsAdmitted(StagingTables staging, IntReportingYears reportingYears) {
    this.staging = staging;
    this.reportingYears = reportingYears;
    this.approvals =
        staging
            .table("applications")
            .filter(ApprovalStatus.approved())
            .select(
                col("application_id").as("approval_id"),
                col("decided_on").as("approval_decided_on"),
                col("revoked_on").as("approval_revoked_on"));
  }

  public Dataset<Row> workItems() {
    return admittedAt(staging.table("work_items"), yearEnd(col("year")));
  }

  public Dataset<Row> ledgers() {
    return admittedAt(staging.table("ledgers"), yearEnd(col("year")));
  }

  public Dataset<Row> activities() {
    return admittedAt(
        staging.table("activities").withColumn("year", year(col("held_on"))), col("held_on"));
  }

  /** Signboards up at a reporting year's end: installed by then and not removed by then. */
  public Dataset<Row> signboards() {
    Column yearEnd = yearEnd(col("year"));
    Column upAtYearEnd =
        col("installed_on")
            .leq(yearEnd)
            .and(col("removed_on").isNull().or(col("removed_on").gt(yearEnd)));
    return admittedAt(
        reportingYears.each(staging.table("signboards")).filter(upAtYearEnd), yearEnd);
  }

  /** The records whose measure the dataset reports. */
  public Dataset<Row> of(BurdenDataset dataset) {
    return switch (dataset) {
      case WORK_ITEMS -> workItems();
      case ACTIVITIES -> activities();
      case SIGNBOARDS -> signboards();
      case LEDGERS -> ledgers();
    };
  }

  /** Every record of the four kinds as (year, org_code, dept_code, is_admitted). */
  public Dataset<Row> all() {
    return Stream.of(workItems(), ledgers(), activities(), signboards())
        .map(records -> records.select("year", "org_code", "dept_code", "is_admitted"))
        .reduce(Dataset::union)
        .orElseThrow();
  }

  private Dataset<Row> admittedAt(Dataset<Row> records, Column referenceDate) {
    Column decidedByThen = col("approval_decided_on").leq(referenceDate);
    Column notRevokedByThen =
        col("approval_revoked_on").isNull().or(col("approval_revoked_on").gt(referenceDate));
    return records
        .join(approvals, col("application_id").equalTo(col("approval_id")), "left")
        .withColumn("is_admitted", coalesce(decidedByThen.and(notRevokedByThen), lit(false)))
        .drop("approval_id", "approval_decided_on", "approval_revoked_on");
  }
}
