package jianfu.pipelines.marts;

import static jianfu.pipelines.marts.Aggregations.countRows;
import static jianfu.pipelines.marts.Aggregations.countWhere;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import jianfu.pipelines.intermediate.IntCommunityYears;
import jianfu.pipelines.intermediate.IntRecordsAdmitted;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code burden_by_community} (indicators.md §1): per community and reporting year, the work items,
 * activities, signboards and ledger volumes it carries, and how many of them are unadmitted. Every
 * community has a row in every reporting year, with zeros where nothing was recorded.
 */
public final class BurdenByCommunity {

  public static final String NAME = "burden_by_community";

  private static final String[] KEY = {"year", "org_code"};
  private static final String[] MEASURES = {
    "work_items",
    "activities",
    "signboards",
    "ledger_volumes",
    "unadmitted_work_items",
    "unadmitted_activities",
    "unadmitted_signboards",
    "unadmitted_ledger_volumes"
  };

  private static final Column UNADMITTED = not(col("is_admitted"));

  private BurdenByCommunity() {}

  public static Dataset<Row> of(
      Dataset<Row> communities, Dataset<Row> reportingYears, IntRecordsAdmitted records) {
    Dataset<Row> workItems = countDistinct(records.workItems(), "item_code", "work_items");
    Dataset<Row> activities = countDistinct(records.activities(), "activity_id", "activities");
    Dataset<Row> signboards =
        records
            .signboards()
            .groupBy("year", "org_code")
            .agg(countRows().as("signboards"), countWhere(UNADMITTED).as("unadmitted_signboards"));
    Dataset<Row> ledgerVolumes =
        records
            .ledgers()
            .groupBy("year", "org_code")
            .agg(
                sum(col("volumes")).as("ledger_volumes"),
                sum(when(UNADMITTED, col("volumes"))).as("unadmitted_ledger_volumes"));
    return IntCommunityYears.of(communities, reportingYears)
        .join(workItems, KEY, "left")
        .join(activities, KEY, "left")
        .join(signboards, KEY, "left")
        .join(ledgerVolumes, KEY, "left")
        .na()
        .fill(0L, MEASURES);
  }

  /** Distinct {@code id}s of the records as {@code measure}, and of the unadmitted ones. */
  private static Dataset<Row> countDistinct(Dataset<Row> records, String id, String measure) {
    return records
        .groupBy("year", "org_code")
        .agg(
            count_distinct(col(id)).as(measure),
            count_distinct(when(UNADMITTED, col(id))).as("unadmitted_" + measure));
  }
}
