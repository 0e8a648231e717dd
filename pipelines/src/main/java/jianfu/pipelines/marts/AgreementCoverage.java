package jianfu.pipelines.marts;

import static jianfu.pipelines.intermediate.YearBounds.yearEnd;
import static jianfu.pipelines.marts.Aggregations.countRows;
import static jianfu.pipelines.marts.Aggregations.countWhere;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;

import jianfu.pipelines.intermediate.IntCommunityYears;
import jianfu.pipelines.intermediate.IntReportingYears;
import jianfu.pipelines.intermediate.IntTasksEntrusted;
import jianfu.pipelines.intermediate.IntUndertakingSigned;
import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RelationalGroupedDataset;
import org.apache.spark.sql.Row;

/**
 * {@code agreement_coverage} (docs/indicators.md): of the tasks entrusted in each reporting year,
 * by department and for ALL, those resting on the department's entrustment agreement with the
 * community's street and on the street's undertaking agreement with the community, each of that
 * year and signed by its end. Empty when the input has neither agreement.
 */
public final class AgreementCoverage {

  public static final String NAME = "agreement_coverage";

  private static final String ALL_DEPARTMENTS = "ALL";
  private static final String[] COUNTS = {
    "tasks_entrusted", "tasks_with_entrustment", "tasks_with_undertaking", "tasks_covered"
  };

  private AgreementCoverage() {}

  public static Dataset<Row> of(
      StagingTables staging,
      IntReportingYears reportingYears,
      Dataset<Row> applicationsInForce,
      Dataset<Row> communities) {
    Dataset<Row> tasks =
        tasksByStreet(staging, reportingYears, applicationsInForce, communities)
            .join(
                entrustedByYearEnd(staging),
                new String[] {"year", "application_id", "dept_code", "street_code"},
                "left");
    Dataset<Row> byDepartment = coverage(tasks.groupBy("year", "dept_code"));
    Dataset<Row> allDepartments =
        reportingYears
            .frame()
            .join(coverage(tasks.groupBy("year")), new String[] {"year"}, "left")
            .na()
            .fill(0L, COUNTS)
            .withColumn("dept_code", lit(ALL_DEPARTMENTS));
    boolean anyAgreements =
        staging.hasRows("entrustment_agreements") || staging.hasRows("undertaking_agreements");
    return byDepartment
        .unionByName(allDepartments)
        .filter(lit(anyAgreements))
        .withColumn("coverage_rate", try_divide(col("tasks_covered"), col("tasks_entrusted")));
  }

  /**
   * The tasks entrusted, counted per (year, application_id, dept_code, street_code), with how many
   * of them go to a community whose undertaking agreement of the year is signed by its end. An
   * application for every community is counted from its streets' counts of communities, without a
   * row per task: the agreements then join a few counts per street instead of a province's 8.8 M
   * tasks (docs/benchmarks.md).
   */
  private static Dataset<Row> tasksByStreet(
      StagingTables staging,
      IntReportingYears reportingYears,
      Dataset<Row> applicationsInForce,
      Dataset<Row> communities) {
    Dataset<Row> communityYears =
        IntCommunityYears.of(communities, reportingYears)
            .join(IntUndertakingSigned.of(staging), new String[] {"year", "org_code"}, "left");
    Dataset<Row> everyCommunity =
        IntTasksEntrusted.forEveryCommunity(applicationsInForce)
            .select("year", "application_id", "dept_code")
            .join(countedTasks(communityYears.groupBy("year", "street_code")), "year");
    Dataset<Row> listedCommunities =
        countedTasks(
            IntTasksEntrusted.forListedCommunities(staging, applicationsInForce, communities)
                .select("year", "application_id", "dept_code", "org_code")
                .join(communityYears, new String[] {"year", "org_code"})
                .groupBy("year", "application_id", "dept_code", "street_code"));
    return everyCommunity.unionByName(listedCommunities);
  }

  /** A group's communities, each a task, and those of them with a signed undertaking. */
  private static Dataset<Row> countedTasks(RelationalGroupedDataset communityYears) {
    return communityYears.agg(
        countRows().as("tasks"),
        countWhere(col("undertaking_signed").isNotNull()).as("tasks_undertaken"));
  }

  private static Dataset<Row> coverage(RelationalGroupedDataset tasksByStreet) {
    Column withEntrustment = col("with_entrustment").isNotNull();
    return tasksByStreet.agg(
        sum("tasks").as("tasks_entrusted"),
        sumWhere(withEntrustment, col("tasks")).as("tasks_with_entrustment"),
        sum("tasks_undertaken").as("tasks_with_undertaking"),
        sumWhere(withEntrustment, col("tasks_undertaken")).as("tasks_covered"));
  }

  private static Column sumWhere(Column condition, Column count) {
    return sum(when(condition, count).otherwise(0L));
  }

  /**
   * (year, application_id, dept_code, street_code, with_entrustment = true): the applications an
   * entrustment agreement of the year, signed by its end, covers for its department and street.
   */
  private static Dataset<Row> entrustedByYearEnd(StagingTables staging) {
    return staging
        .table("entrustment_agreements")
        .filter(col("signed_on").leq(yearEnd(col("year"))))
        .join(staging.table("entrustment_agreement_items"), "agreement_id")
        .select(
            col("year"),
            col("application_id"),
            col("dept_code"),
            col("street_code"),
            lit(true).as("with_entrustment"))
        .distinct();
  }
}
