package jianfu.pipelines.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jianfu.pipelines.intermediate.BurdenDataset;
import jianfu.pipelines.intermediate.IntAreaCommunities;
import jianfu.pipelines.intermediate.IntReportingYears;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * {@code burden_summary} (docs/indicators.md): the district (all communities) and each street (its
 * communities) per reporting year. For each burden measure M: M_reporting, the communities whose M
 * is known (burden_by_community not null); M, their sum; M per reporting community; M in the
 * baseline year; M_comparable, the communities known both this year and in the baseline year; and
 * the reduction like for like, over the comparable communities only, so that a community missing in
 * either year neither flatters nor spoils it. Then the reporting rate, the status (FINAL at the
 * completeness threshold, else PROVISIONAL) and the headline year.
 */
public final class BurdenSummary {

  public static final String NAME = "burden_summary";
  public static final String FINAL = "FINAL";
  public static final String PROVISIONAL = "PROVISIONAL";

  /**
   * Sums are longs. As decimal(19,0) the percentage comes out with 15 decimals (Spark's decimal
   * division rules), so rounding it to one decimal is exact for every baseline below 10^13.
   */
  private static final String WHOLE_NUMBER = "decimal(19,0)";

  private static final String BASELINE = "in_baseline_";

  private BurdenSummary() {}

  public static Dataset<Row> of(
      Dataset<Row> areaCommunities,
      IntReportingYears reportingYears,
      Column baselineYear,
      Dataset<Row> burdenByCommunity,
      double completenessThreshold) {
    Dataset<Row> byCommunity =
        burdenByCommunity.withColumnRenamed("org_code", "community").drop("street_code");
    Dataset<Row> inBaselineYear = inBaselineYear(byCommunity, baselineYear);

    List<Column> aggregates = new ArrayList<>();
    Column reporting = lit(0L);
    for (BurdenDataset dataset : BurdenDataset.values()) {
      String measure = dataset.measure();
      Column value = col(measure);
      Column baseline = col(BASELINE + measure);
      Column comparable = value.isNotNull().and(baseline.isNotNull());
      aggregates.add(count(value).as(measure + "_reporting"));
      aggregates.add(sum(value).as(measure));
      aggregates.add(count(when(comparable, 1)).as(measure + "_comparable"));
      aggregates.add(sum(when(comparable, baseline)).as(BASELINE + measure));
      aggregates.add(sum(when(comparable, value)).as("comparable_" + measure));
      reporting = reporting.plus(col(measure + "_reporting"));
    }
    Dataset<Row> areas =
        reportingYears
            .each(areaCommunities)
            .join(byCommunity, new String[] {"year", "community"}, "left")
            .join(inBaselineYear, "community", "left")
            .groupBy("year", "level", "org_code")
            .agg(count(col("community")).as("communities"), aggregates.toArray(Column[]::new))
            .withColumn("baseline_year", baselineYear);

    WindowSpec sameArea = Window.partitionBy("level", "org_code");
    for (BurdenDataset dataset : BurdenDataset.values()) {
      String measure = dataset.measure();
      Column value = col(measure);
      areas =
          areas
              .withColumn(
                  measure + "_per_community", try_divide(value, col(measure + "_reporting")))
              .withColumn(
                  measure + "_baseline",
                  max(when(col("year").equalTo(col("baseline_year")), value)).over(sameArea))
              .withColumn(
                  measure + "_reduction_pct",
                  reductionPct(col(BASELINE + measure), col("comparable_" + measure)));
    }
    Column reportingRate = try_divide(reporting, col("communities").multiply(4));
    Dataset<Row> summary =
        areas
            .withColumn("reporting_rate", reportingRate)
            .withColumn(
                "status",
                when(reportingRate.geq(completenessThreshold), FINAL).otherwise(PROVISIONAL));
    return summary.crossJoin(headlineYear(summary));
  }

  /** Per community, each measure in the baseline year as {@code in_baseline_<measure>}. */
  private static Dataset<Row> inBaselineYear(Dataset<Row> byCommunity, Column baselineYear) {
    List<Column> columns = new ArrayList<>(List.of(col("community")));
    for (BurdenDataset dataset : BurdenDataset.values()) {
      columns.add(col(dataset.measure()).as(BASELINE + dataset.measure()));
    }
    return byCommunity
        .filter(col("year").equalTo(baselineYear))
        .select(columns.toArray(Column[]::new));
  }

  /**
   * The headline year (docs/indicators.md): the latest year whose district row is FINAL, as one row
   * with {@code headline_year}, null when no year is FINAL.
   */
  private static Dataset<Row> headlineYear(Dataset<Row> summary) {
    return summary
        .filter(col("level").equalTo(IntAreaCommunities.DISTRICT).and(col("status").equalTo(FINAL)))
        .agg(max(col("year")).as("headline_year"));
  }

  /**
   * 100 × (baseline − value) / baseline in exact decimal arithmetic, rounded half away from zero to
   * one decimal (Spark's round is HALF_UP on decimals); null when the baseline is 0 or absent.
   */
  private static Column reductionPct(Column baseline, Column value) {
    Column percent =
        lit(new BigDecimal(100))
            .multiply(baseline.minus(value).cast(WHOLE_NUMBER))
            .divide(baseline.cast(WHOLE_NUMBER));
    return when(baseline.notEqual(0), round(percent, 1));
  }
}
