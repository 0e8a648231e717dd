package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

import java.util.Arrays;
import java.util.List;
import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reporting years (docs/indicators.md): the years in returns when it has rows; for an input without
 * returns, every year in work_items, ledgers and activities (v1). A record of any other year is
 * counted in no mart (OUT_OF_PERIOD).
 *
 * <p>A handful of values, collected to the driver once and used as literals: a frame gets its row
 * per year by exploding them ({@link #each}), not by a cross join, which Spark plans (and re-plans)
 * as a broadcast nested-loop join in every query that reads it.
 */
public final class IntReportingYears {

  private final SparkSession spark;
  private final int[] years;

  private IntReportingYears(SparkSession spark, int[] years) {
    this.spark = spark;
    this.years = years;
  }

  /** Runs the one small query that finds the years (every column it reads is required). */
  public static IntReportingYears of(StagingTables staging) {
    Dataset<Row> years =
        staging.hasRows("returns")
            ? staging.table("returns").select(col("year"))
            : staging
                .table("work_items")
                .select(col("year"))
                .union(staging.table("ledgers").select(col("year")))
                .union(staging.table("activities").select(year(col("held_on")).as("year")));
    List<Integer> found = years.distinct().as(Encoders.INT()).collectAsList();
    return new IntReportingYears(
        years.sparkSession(), found.stream().mapToInt(Integer::intValue).sorted().toArray());
  }

  /** The years, earliest first. */
  public List<Integer> years() {
    return Arrays.stream(years).boxed().toList();
  }

  /** The years as a frame of one column, {@code year}, for a mart that joins figures to them. */
  public Dataset<Row> frame() {
    return spark.createDataset(years(), Encoders.INT()).toDF("year");
  }

  /**
   * Whether {@code year} is a reporting year: a filter, where a join with {@link #frame} would be.
   */
  public Column includes(Column year) {
    return year.isin(Arrays.stream(years).boxed().toArray());
  }

  /** Each row of {@code frame} once per reporting year, with the year as column {@code year}. */
  public Dataset<Row> each(Dataset<Row> frame) {
    return frame.withColumn("year", explode(lit(years)));
  }
}
