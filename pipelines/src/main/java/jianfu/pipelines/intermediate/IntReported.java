package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Who reported what (docs/indicators.md, Terms, "Reported"): every community, reporting year and
 * dataset (year, org_code, street_code, dataset) with
 *
 * <ul>
 *   <li>{@code reported}: its returns row has a received_on, or it has a record of the dataset
 *       counted for the year (a return that never came back still reports what was recorded), or
 *       returns has no rows at all: an input without returns is read as v1 read it, every community
 *       having reported every dataset (decisions.md);
 *   <li>{@code on_time}: its returns row was received on or before due_on;
 *   <li>{@code late}: its returns row was received after due_on;
 *   <li>{@code nil_return}: its returns row says there was nothing to report.
 * </ul>
 *
 * Without a returns row the last three are false.
 */
public final class IntReported {

  private static final String[] KEY = {"year", "org_code", "dataset"};

  private IntReported() {}

  public static Dataset<Row> of(
      StagingTables staging, Dataset<Row> communityYears, IntRecordsAdmitted records) {
    Dataset<Row> returns =
        staging
            .table("returns")
            .select("year", "org_code", "dataset", "due_on", "received_on", "nil_return");
    Column received = col("received_on");
    Column reported =
        received
            .isNotNull()
            .or(col("has_records").isNotNull())
            .or(lit(!staging.hasRows("returns")));
    return communityYears
        .withColumn("dataset", BurdenDataset.each())
        .join(returns, KEY, "left")
        .join(recorded(records), KEY, "left")
        .select(
            col("year"),
            col("org_code"),
            col("street_code"),
            col("dataset"),
            reported.as("reported"),
            coalesce(received.leq(col("due_on")), lit(false)).as("on_time"),
            coalesce(received.gt(col("due_on")), lit(false)).as("late"),
            coalesce(col("nil_return"), lit(false)).as("nil_return"));
  }

  /** (year, org_code, dataset) with at least one record of the dataset counted for the year. */
  private static Dataset<Row> recorded(IntRecordsAdmitted records) {
    return Arrays.stream(BurdenDataset.values())
        .map(
            dataset ->
                records
                    .of(dataset)
                    .select(col("year"), col("org_code"), lit(dataset.name()).as("dataset")))
        .reduce(Dataset::union)
        .orElseThrow()
        .distinct()
        .withColumn("has_records", lit(true));
  }
}
