package jianfu.pipelines.marts;

import static jianfu.pipelines.marts.Aggregations.countWhere;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;

import java.util.Arrays;
import jianfu.pipelines.intermediate.BurdenDataset;
import jianfu.pipelines.intermediate.IntReportingYears;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code reporting_rates} (docs/indicators.md, DHIS2-style): per reporting year, area and dataset,
 * the returns expected (one per community of the area and dataset), received (reported, {@link
 * jianfu.pipelines.intermediate.IntReported}), on time, late and nil, and the reporting and on-time
 * rates. Areas: the district, each street and each community (its own area); datasets: the four and
 * ALL, their sum.
 */
public final class ReportingRates {

  public static final String NAME = "reporting_rates";

  private static final String ALL_DATASETS = "ALL";
  private static final String COMMUNITY = "COMMUNITY";
  private static final String[] COUNTS = {"expected", "received", "on_time", "late", "nil_returns"};

  private ReportingRates() {}

  /**
   * @param areaCommunities the district and streets with their communities (IntAreaCommunities)
   * @param reported IntReported: per community, year and dataset
   */
  public static Dataset<Row> of(
      Dataset<Row> areaCommunities,
      Dataset<Row> communities,
      IntReportingYears reportingYears,
      Dataset<Row> reported) {
    Dataset<Row> everyArea =
        areaCommunities.unionByName(
            communities.select(
                lit(COMMUNITY).as("level"), col("org_code"), col("org_code").as("community")));
    Dataset<Row> byDataset =
        reportingYears
            .each(everyArea)
            .withColumn("dataset", BurdenDataset.each())
            .join(
                reported.withColumnRenamed("org_code", "community").drop("street_code"),
                new String[] {"year", "community", "dataset"},
                "left")
            .groupBy("year", "level", "org_code", "dataset")
            .agg(
                count(col("community")).as("expected"),
                countWhere(col("reported")).as("received"),
                countWhere(col("on_time")).as("on_time"),
                countWhere(col("late")).as("late"),
                countWhere(col("nil_return")).as("nil_returns"));
    Column[] sums =
        Arrays.stream(COUNTS).map(column -> sum(col(column)).as(column)).toArray(Column[]::new);
    Dataset<Row> allDatasets =
        byDataset
            .groupBy("year", "level", "org_code")
            .agg(sums[0], Arrays.copyOfRange(sums, 1, sums.length))
            .withColumn("dataset", lit(ALL_DATASETS));
    return byDataset
        .unionByName(allDatasets)
        .withColumnRenamed("org_code", "area_code")
        .withColumn("reporting_rate", try_divide(col("received"), col("expected")))
        .withColumn("on_time_rate", try_divide(col("on_time"), col("expected")));
  }
}
