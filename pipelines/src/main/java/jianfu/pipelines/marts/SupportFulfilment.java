package jianfu.pipelines.marts;

import static jianfu.pipelines.marts.Aggregations.countWhere;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;

import jianfu.pipelines.intermediate.IntDepartmentYears;
import jianfu.pipelines.intermediate.IntReportingYears;
import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code support_fulfilment} (docs/indicators.md): per department and reporting year, the people
 * and money promised to the communities of its applications in force, and what was delivered.
 * {@code tasksPerApplication} and {@code taskOutcomes} are {@link
 * jianfu.pipelines.intermediate.IntTasksEntrusted#perApplication} and {@link
 * jianfu.pipelines.intermediate.IntTaskOutcomes}.
 */
public final class SupportFulfilment {

  public static final String NAME = "support_fulfilment";

  private static final String[] KEY = {"year", "dept_code"};
  private static final String[] TOTALS = {
    "tasks_entrusted",
    "promised_personnel",
    "promised_funding_yuan",
    "tasks_supported",
    "delivered_personnel",
    "delivered_funding_yuan"
  };

  private SupportFulfilment() {}

  public static Dataset<Row> of(
      StagingTables staging,
      IntReportingYears reportingYears,
      Dataset<Row> applicationsInForce,
      Dataset<Row> tasksPerApplication,
      Dataset<Row> taskOutcomes) {
    Column tasks = col("tasks");
    Dataset<Row> promised =
        tasksPerApplication
            .groupBy("year", "dept_code")
            .agg(
                sum(tasks).as("tasks_entrusted"),
                sum(col("support_personnel").multiply(tasks)).as("promised_personnel"),
                sum(col("support_funding_yuan").multiply(tasks)).as("promised_funding_yuan"));
    Dataset<Row> supported =
        taskOutcomes
            .groupBy("year", "dept_code")
            .agg(countWhere(col("is_supported")).as("tasks_supported"));
    // Every delivery for an application in force that year counts, in scope or not (decision 5).
    Dataset<Row> delivered =
        staging
            .table("support_deliveries")
            .join(
                applicationsInForce.select("application_id", "year", "dept_code"),
                new String[] {"application_id", "year"})
            .groupBy("year", "dept_code")
            .agg(
                sum(col("personnel")).as("delivered_personnel"),
                sum(col("funding_yuan")).as("delivered_funding_yuan"));
    return IntDepartmentYears.of(staging, reportingYears)
        .join(promised, KEY, "left")
        .join(supported, KEY, "left")
        .join(delivered, KEY, "left")
        .na()
        .fill(0L, TOTALS)
        .withColumn(
            "personnel_fulfilment",
            try_divide(col("delivered_personnel"), col("promised_personnel")))
        .withColumn(
            "funding_fulfilment",
            try_divide(
                col("delivered_funding_yuan").cast("double"),
                col("promised_funding_yuan").cast("double")))
        .withColumn("unsupported_tasks", col("tasks_entrusted").minus(col("tasks_supported")));
  }
}
