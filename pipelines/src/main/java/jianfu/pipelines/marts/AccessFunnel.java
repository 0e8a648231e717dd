package jianfu.pipelines.marts;

import static jianfu.pipelines.marts.Aggregations.countRows;
import static jianfu.pipelines.marts.Aggregations.countWhere;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.List;
import jianfu.pipelines.intermediate.ApprovalStatus;
import jianfu.pipelines.intermediate.IntReportingYears;
import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * {@code access_funnel} (docs/indicators.md): applications by year of submission and department,
 * plus dept_code ALL, for every department in every reporting year. Applications submitted in
 * another year are in no row (v2: every per-year mart has rows for reporting years only). v2 adds
 * the approvals that broke a rule, the resubmissions and the matters ({@code IntMatters}): how many
 * were settled and how long that took from the first submission.
 */
public final class AccessFunnel {

  public static final String NAME = "access_funnel";

  private static final String ALL_DEPARTMENTS = "ALL";

  private static final String[] KEY = {"year", "dept_code"};
  private static final String[] COUNTS = {
    "submitted",
    "approved",
    "rejected",
    "returned",
    "withdrawn",
    "pending",
    "revoked",
    "rejected_no_legal_basis",
    "rejected_support_not_specific",
    "rejected_community_disagreed",
    "consultations",
    "disagreements",
    "approved_without_consultation",
    "approved_despite_disagreement",
    "approved_without_legal_basis",
    "consulted_after_decision",
    "resubmissions",
    "settled_matters"
  };

  private AccessFunnel() {}

  public static Dataset<Row> of(
      StagingTables staging, IntReportingYears reportingYears, Dataset<Row> matters) {
    Dataset<Row> applications =
        staging
            .table("applications")
            .withColumn("year", year(col("submitted_on")))
            .join(opinions(staging), new String[] {"application_id"}, "left")
            .na()
            .fill(0L, new String[] {"consultations", "disagreements"});
    Column status = col("status");
    Column approved = ApprovalStatus.approved();
    Column rejected = status.equalTo("REJECTED");
    // Spark's median is the exact percentile(x, 0.5), which interpolates between the two middle
    // values: their mean for an even count (percentile_approx would pick one of them).
    Column medianDecisionDays = median(datediff(col("decided_on"), col("submitted_on")));
    Dataset<Row> decisions =
        byDepartmentAndAll(applications)
            .groupBy("year", "dept_code")
            .agg(
                countRows().as("submitted"),
                countWhere(approved).as("approved"),
                countWhere(rejected).as("rejected"),
                countWhere(status.equalTo("RETURNED")).as("returned"),
                countWhere(status.equalTo("WITHDRAWN")).as("withdrawn"),
                countWhere(status.equalTo("PENDING")).as("pending"),
                countWhere(status.equalTo("REVOKED")).as("revoked"),
                countWhere(rejected.and(reason("NO_LEGAL_BASIS"))).as("rejected_no_legal_basis"),
                countWhere(rejected.and(reason("SUPPORT_NOT_SPECIFIC")))
                    .as("rejected_support_not_specific"),
                countWhere(rejected.and(reason("COMMUNITY_DISAGREED")))
                    .as("rejected_community_disagreed"),
                medianDecisionDays.as("median_decision_days"),
                sum(col("consultations")).as("consultations"),
                sum(col("disagreements")).as("disagreements"),
                countWhere(approved.and(col("consultations").equalTo(0)))
                    .as("approved_without_consultation"),
                countWhere(approved.and(col("disagreements").gt(0)))
                    .as("approved_despite_disagreement"),
                countWhere(approved.and(col("legal_basis").isNull()))
                    .as("approved_without_legal_basis"),
                countWhere(col("last_opined_on").gt(col("decided_on")))
                    .as("consulted_after_decision"),
                countWhere(col("resubmission_of").isNotNull()).as("resubmissions"));
    Dataset<Row> matterCycles =
        byDepartmentAndAll(matters)
            .groupBy("year", "dept_code")
            .agg(
                countWhere(col("settled")).as("settled_matters"),
                median(when(col("settled"), col("matter_days"))).as("median_matter_days"));

    Dataset<Row> departmentCodes = staging.table("departments").select("dept_code");
    Dataset<Row> departments =
        departmentCodes.union(
            departmentCodes
                .sparkSession()
                .createDataset(List.of(ALL_DEPARTMENTS), Encoders.STRING())
                .toDF("dept_code"));
    Column decided = col("approved").plus(col("rejected")).plus(col("returned"));
    return reportingYears
        .each(departments)
        .join(decisions, KEY, "left")
        .join(matterCycles, KEY, "left")
        .na()
        .fill(0L, COUNTS)
        .withColumn("approval_rate", try_divide(col("approved"), decided))
        .withColumn(
            "consultation_disagree_rate", try_divide(col("disagreements"), col("consultations")));
  }

  /** Each row counted once for its department and once for ALL. */
  private static Dataset<Row> byDepartmentAndAll(Dataset<Row> rows) {
    return rows.unionByName(rows.withColumn("dept_code", lit(ALL_DEPARTMENTS)));
  }

  /**
   * Per consulted application: its consultations, those disagreeing and the last opined_on (a
   * consultation after the decision exists when the last one is after it).
   */
  private static Dataset<Row> opinions(StagingTables staging) {
    return staging
        .table("consultations")
        .groupBy("application_id")
        .agg(
            countRows().as("consultations"),
            countWhere(col("opinion").equalTo("DISAGREE")).as("disagreements"),
            max(col("opined_on")).as("last_opined_on"));
  }

  private static Column reason(String reason) {
    return col("reason").equalTo(reason);
  }
}
