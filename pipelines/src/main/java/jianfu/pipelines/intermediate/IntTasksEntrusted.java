package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Tasks entrusted to communities (docs/indicators.md): one row per (year, application in force,
 * community in its scope) with the support promised, {@code is_supported} (the year's
 * support_deliveries row gives at least the promised personnel and funding, and the materials when
 * any were promised) and {@code completed} (the task result; null when there is none).
 */
public final class IntTasksEntrusted {

  private static final String[] TASK = {"application_id", "org_code", "year"};

  private IntTasksEntrusted() {}

  public static Dataset<Row> of(
      StagingTables staging, Dataset<Row> applicationsInForce, Dataset<Row> communities) {
    Dataset<Row> everyCommunity =
        forEveryCommunity(applicationsInForce).crossJoin(communities.select("org_code"));
    Dataset<Row> listedCommunities =
        forListedCommunities(staging, applicationsInForce, communities);
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
    return everyCommunity
        .unionByName(listedCommunities)
        .join(deliveries, TASK, "left")
        .join(results, TASK, "left")
        .select(
            col("year"),
            col("application_id"),
            col("dept_code"),
            col("org_code"),
            col("support_personnel"),
            col("support_funding_yuan"),
            coalesce(supported, lit(false)).as("is_supported"),
            col("completed"));
  }

  /**
   * The applications in force entrusting a task to every community (scope ALL): any
   * application_scope rows of theirs are ignored. One row per (year, application).
   */
  public static Dataset<Row> forEveryCommunity(Dataset<Row> applicationsInForce) {
    return applicationsInForce.filter(col("scope").equalTo("ALL"));
  }

  /**
   * The tasks of the applications in force that list their communities (scope LISTED): one row per
   * (year, application, listed community), a listed code that is no community left out.
   */
  public static Dataset<Row> forListedCommunities(
      StagingTables staging, Dataset<Row> applicationsInForce, Dataset<Row> communities) {
    return applicationsInForce
        .filter(col("scope").equalTo("LISTED"))
        .join(staging.table("application_scope"), "application_id")
        .join(communities.select("org_code"), "org_code");
  }
}
