package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Tasks entrusted to communities (docs/indicators.md): pairs of an application in force during a
 * year and a community in its scope, every community for scope ALL, its application_scope rows for
 * scope LISTED. The marts count them without a row per task: a province's applications for every
 * community would make millions of rows, each then joined with its delivery and its result
 * (docs/benchmarks.md, "Ninth round"); {@link IntTaskOutcomes} keeps the tasks that have either.
 */
public final class IntTasksEntrusted {

  private static final Column FOR_EVERY_COMMUNITY = col("scope").equalTo("ALL");
  private static final Column LISTING_COMMUNITIES = col("scope").equalTo("LISTED");

  private IntTasksEntrusted() {}

  /**
   * (year, application_id, dept_code, support_personnel, support_funding_yuan, tasks): each
   * application in force with its tasks of the year.
   */
  public static Dataset<Row> perApplication(
      StagingTables staging, Dataset<Row> applicationsInForce, Dataset<Row> communities) {
    Column[] application = {
      col("year"),
      col("application_id"),
      col("dept_code"),
      col("support_personnel"),
      col("support_funding_yuan")
    };
    // Counted once, on the driver: as an aggregation in the plan, the count would add a shuffle and
    // a broadcast to the mart's query (docs/benchmarks.md, "Ninth round").
    long everyCommunityTasks = communities.count();
    Dataset<Row> everyCommunity =
        forEveryCommunity(applicationsInForce)
            .select(application)
            .withColumn("tasks", lit(everyCommunityTasks));
    Dataset<Row> listedCommunities =
        forListedCommunities(staging, applicationsInForce, communities)
            .groupBy(application)
            .agg(tasks());
    return everyCommunity.unionByName(listedCommunities);
  }

  /** (year, org_code, tasks): each community with its tasks of the year, when it has any. */
  public static Dataset<Row> perCommunity(
      StagingTables staging, Dataset<Row> applicationsInForce, Dataset<Row> communities) {
    Dataset<Row> everyCommunity =
        forEveryCommunity(applicationsInForce)
            .groupBy("year")
            .agg(tasks())
            .crossJoin(communities.select("org_code"));
    Dataset<Row> listedCommunities =
        forListedCommunities(staging, applicationsInForce, communities)
            .groupBy("year", "org_code")
            .agg(tasks());
    return everyCommunity
        .unionByName(listedCommunities)
        .groupBy("year", "org_code")
        .agg(sum("tasks").as("tasks"));
  }

  /**
   * The rows of {@code keyed} (application_id, org_code, year, …) whose key is a task, with the
   * columns of its application in force.
   */
  public static Dataset<Row> among(
      Dataset<Row> keyed,
      StagingTables staging,
      Dataset<Row> applicationsInForce,
      Dataset<Row> communities) {
    Dataset<Row> listed =
        staging
            .table("application_scope")
            .select(col("application_id"), col("org_code"), lit(true).as("listed"));
    Column inScope = FOR_EVERY_COMMUNITY.or(LISTING_COMMUNITIES.and(col("listed")));
    return keyed
        .join(applicationsInForce, new String[] {"application_id", "year"})
        .join(communities.select("org_code"), new String[] {"org_code"}, "left_semi")
        .join(listed, new String[] {"application_id", "org_code"}, "left")
        .filter(inScope)
        .drop("listed");
  }

  /**
   * The applications in force entrusting a task to every community (scope ALL): any
   * application_scope rows of theirs are ignored. One row per (year, application).
   */
  public static Dataset<Row> forEveryCommunity(Dataset<Row> applicationsInForce) {
    return applicationsInForce.filter(FOR_EVERY_COMMUNITY);
  }

  /**
   * The tasks of the applications in force that list their communities (scope LISTED): one row per
   * (year, application, listed community), a listed code that is no community left out.
   */
  public static Dataset<Row> forListedCommunities(
      StagingTables staging, Dataset<Row> applicationsInForce, Dataset<Row> communities) {
    return applicationsInForce
        .filter(LISTING_COMMUNITIES)
        .join(staging.table("application_scope"), "application_id")
        .join(communities.select("org_code"), "org_code");
  }

  private static Column tasks() {
    return count(lit(1)).as("tasks");
  }
}
