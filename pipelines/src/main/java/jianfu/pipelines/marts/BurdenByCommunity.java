package jianfu.pipelines.marts;

import static jianfu.pipelines.marts.Aggregations.countRows;
import static jianfu.pipelines.marts.Aggregations.countWhere;
import static org.apache.spark.sql.functions.bool_or;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import jianfu.pipelines.intermediate.BurdenDataset;
import jianfu.pipelines.intermediate.IntCommunityYears;
import jianfu.pipelines.intermediate.IntRecordsAdmitted;
import jianfu.pipelines.intermediate.IntReported;
import jianfu.pipelines.intermediate.IntReportingYears;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code burden_by_community} (docs/indicators.md): per community and reporting year, the work
 * items, activities, signboards and ledger volumes it carries, and how many of them are unadmitted.
 * Every community has a row in every reporting year. A measure it reported is counted, 0 when
 * nothing was recorded; a measure whose dataset it did not report ({@link IntReported}) is null,
 * and so is its unadmitted count: a missing return is not a reduction.
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
  private static final String REPORTED = "reported_";

  private BurdenByCommunity() {}

  public static Dataset<Row> of(
      Dataset<Row> communities,
      IntReportingYears reportingYears,
      IntRecordsAdmitted records,
      Dataset<Row> reported) {
    // work_items' key (org_code, year, item_code) and activities' (activity_id, org_code) make
    // every record of a (year, org_code) a distinct item or activity: they are counted as rows
    // (COUNT DISTINCT would cost Spark an extra aggregation and shuffle for the same number).
    Dataset<Row> workItems = countRecords(records.workItems(), "work_items");
    Dataset<Row> activities = countRecords(records.activities(), "activities");
    Dataset<Row> signboards = countRecords(records.signboards(), "signboards");
    Dataset<Row> ledgerVolumes =
        records
            .ledgers()
            .groupBy("year", "org_code")
            .agg(
                sum(col("volumes")).as("ledger_volumes"),
                sum(when(UNADMITTED, col("volumes"))).as("unadmitted_ledger_volumes"));
    Dataset<Row> counted =
        IntCommunityYears.of(communities, reportingYears)
            .join(workItems, KEY, "left")
            .join(activities, KEY, "left")
            .join(signboards, KEY, "left")
            .join(ledgerVolumes, KEY, "left")
            .na()
            .fill(0L, MEASURES)
            .join(reportedByMeasure(reported), KEY);
    for (BurdenDataset dataset : BurdenDataset.values()) {
      String measure = dataset.measure();
      Column wasReported = col(REPORTED + measure);
      counted =
          counted
              .withColumn(measure, when(wasReported, col(measure)))
              .withColumn("unadmitted_" + measure, when(wasReported, col("unadmitted_" + measure)));
    }
    return counted;
  }

  /** Per community-year, {@code reported_<measure>} for each measure's dataset. */
  private static Dataset<Row> reportedByMeasure(Dataset<Row> reported) {
    List<Column> flags = new ArrayList<>();
    for (BurdenDataset dataset : BurdenDataset.values()) {
      flags.add(
          bool_or(col("reported").and(col("dataset").equalTo(dataset.name())))
              .as(REPORTED + dataset.measure()));
    }
    return reported
        .groupBy("year", "org_code")
        .agg(flags.get(0), flags.subList(1, flags.size()).toArray(Column[]::new));
  }

  /** The records as {@code measure}, and the unadmitted ones, per (year, org_code). */
  private static Dataset<Row> countRecords(Dataset<Row> records, String measure) {
    return records
        .groupBy("year", "org_code")
        .agg(countRows().as(measure), countWhere(UNADMITTED).as("unadmitted_" + measure));
  }
}
