package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.year;

import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Matters (docs/indicators.md, access_funnel): one row per application F with an empty
 * resubmission_of, followed forward through its resubmissions to the last one, L. Columns: {@code
 * year} and {@code dept_code} of F (where the matter is counted), {@code settled} (L's status is
 * APPROVED, REJECTED or REVOKED) and {@code matter_days} (L.decided_on − F.submitted_on).
 *
 * <p>Of several resubmissions of one application the walk follows the earliest submitted_on, then
 * the smallest application_id; the others start no matter (their resubmission_of is not empty). A
 * walk from F never comes back to an application: each application re-submits one other, so the
 * first application reached twice would have two predecessors. Resubmissions that loop among
 * themselves (A of B and B of A, or A of itself) have no F and so make no matter
 * (docs/decisions.md, indicators 21).
 */
public final class IntMatters {

  private IntMatters() {}

  public static Dataset<Row> of(StagingTables staging) {
    Dataset<Row> applications = staging.table("applications");
    Dataset<Row> lastOfEach = walkToTheLast(applications);
    Dataset<Row> first =
        applications.select(
            col("application_id").as("first_id"),
            year(col("submitted_on")).as("year"),
            col("dept_code"),
            col("submitted_on"));
    Dataset<Row> last =
        applications.select(
            col("application_id").as("last_id"),
            col("status").as("last_status"),
            col("decided_on").as("last_decided_on"));
    return lastOfEach
        .join(first, "first_id")
        .join(last, "last_id")
        .select(
            col("year"),
            col("dept_code"),
            col("last_status").isin("APPROVED", "REJECTED", "REVOKED").as("settled"),
            datediff(col("last_decided_on"), col("submitted_on")).as("matter_days"));
  }

  /**
   * (first_id, last_id) per matter: the walk advances every unfinished matter by one resubmission
   * per step, a join with the chosen successors, until none advances. Each step is checkpointed, so
   * the plan stays one join deep, and counts the matters still walking as it is computed, so that
   * knowing when to stop costs no query of its own. A walk cannot take more steps than there are
   * applications with a successor (it revisits none, see above); the loop stops there all the same,
   * so that even a raw folder with repeated application_ids, which ingestion never writes, cannot
   * make it run on.
   */
  private static Dataset<Row> walkToTheLast(Dataset<Row> applications) {
    CountedRows withSuccessor = new CountedRows();
    Dataset<Row> successors =
        withSuccessor.counting(chosenSuccessors(applications)).localCheckpoint();
    long maxSteps = withSuccessor.rows();
    Dataset<Row> walking =
        applications
            .filter(col("resubmission_of").isNull())
            .select(col("application_id").as("first_id"), col("application_id").as("last_id"));
    Dataset<Row> finished = walking.limit(0);
    for (long step = 0; step < maxSteps; step++) {
      Dataset<Row> stepped =
          walking.join(successors, col("last_id").equalTo(col("predecessor")), "left");
      finished =
          finished.union(stepped.filter(col("successor").isNull()).select("first_id", "last_id"));
      CountedRows stillWalking = new CountedRows();
      walking =
          stillWalking
              .counting(
                  stepped
                      .filter(col("successor").isNotNull())
                      .select(col("first_id"), col("successor").as("last_id")))
              .localCheckpoint();
      if (stillWalking.rows() == 0) {
        break;
      }
    }
    return finished.union(walking);
  }

  /**
   * (predecessor, successor): the resubmission a matter follows from each application that was
   * re-submitted, the earliest submitted_on, then the smallest application_id.
   */
  private static Dataset<Row> chosenSuccessors(Dataset<Row> applications) {
    return applications
        .filter(col("resubmission_of").isNotNull())
        .groupBy(col("resubmission_of").as("predecessor"))
        .agg(
            min(struct(col("submitted_on"), col("application_id")))
                .getField("application_id")
                .as("successor"));
  }
}
