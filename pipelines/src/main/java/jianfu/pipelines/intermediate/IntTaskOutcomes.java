package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The tasks entrusted ({@link IntTasksEntrusted}) that have a support_deliveries or a task_results
 * row of their year: one row per (year, application_id, org_code) with dept_code, {@code
 * is_supported} (the delivery gives at least the promised personnel and funding, and the materials
 * when any were promised) and {@code completed} (the task result; null when there is none). A task
 * with neither row is not supported and has no result, so it counts only among the tasks entrusted.
 */
public final class IntTaskOutcomes {

  private static final String[] TASK = {"application_id", "org_code", "year"};

  private IntTaskOutcomes() {}

  public static Dataset<Row> of(
      StagingTables staging, Dataset<Row> applicationsInForce, Dataset<Row> communities) {
    Dataset<Row> deliveries =
        staging
            .table("support_deliveries")
            .select(
                "application_id",
                "org_code",
                "year",
                "personnel",
                "funding_yuan",
                "materials_delivered");
    Dataset<Row> results =
        staging.table("task_results").select("application_id", "org_code", "year", "completed");
    Column supported =
        col("personnel")
            .geq(col("support_personnel"))
            .and(col("funding_yuan").geq(col("support_funding_yuan")))
            .and(col("support_materials").isNull().or(col("materials_delivered")));
    return IntTasksEntrusted.among(
            deliveries.join(results, TASK, "full"), staging, applicationsInForce, communities)
        .select(
            col("year"),
            col("application_id"),
            col("dept_code"),
            col("org_code"),
            coalesce(supported, lit(false)).as("is_supported"),
            col("completed"));
  }
}
