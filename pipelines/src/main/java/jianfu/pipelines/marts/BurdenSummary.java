package jianfu.pipelines.marts;

import static org.apache.spark.sql.functions.coalesce;
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
import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * {@code burden_summary} (indicators.md §1): the district (all communities) and each street (its
 * communities) per reporting year, with each burden measure M as its sum, M per community, M in the
 * baseline year and the reduction against it.
 */
public final class BurdenSummary {

  public static final String NAME = "burden_summary";

  private static final List<String> MEASURES =
      List.of("work_items", "activities", "signboards", "ledger_volumes");

  /**
   * Sums are longs. As decimal(19,0) the percentage comes out with 15 decimals (Spark's decimal
   * division rules), so rounding it to one decimal is exact for every baseline below 10^13.
   */
  private static final String WHOLE_NUMBER = "decimal(19,0)";

  private BurdenSummary() {}

  public static Dataset<Row> of(
      StagingTables staging,
      Dataset<Row> communities,
      Dataset<Row> reportingYears,
      Dataset<Row> baselineYear,
      Dataset<Row> burdenByCommunity) {
    Dataset<Row> orgUnits = staging.table("org_units");
    Dataset<Row> members = communities.select(col("org_code").as("community"), col("street_code"));
    Dataset<Row> districtCommunities =
        orgUnits
            .filter(col("level").equalTo("DISTRICT"))
            .join(members, lit(true), "left")
            .select("level", "org_code", "community");
    Dataset<Row> streetCommunities =
        orgUnits
            .filter(col("level").equalTo("STREET"))
            .join(members, col("org_code").equalTo(col("street_code")), "left")
            .select("level", "org_code", "community");

    List<Column> totals = new ArrayList<>();
    for (String measure : MEASURES) {
      totals.add(coalesce(sum(col(measure)), lit(0L)).as(measure));
    }
    Dataset<Row> areas =
        districtCommunities
            .unionByName(streetCommunities)
            .crossJoin(reportingYears)
            .join(
                burdenByCommunity.withColumnRenamed("org_code", "community"),
                new String[] {"year", "community"},
                "left")
            .groupBy("year", "level", "org_code")
            .agg(count(col("community")).as("communities"), totals.toArray(Column[]::new))
            .crossJoin(baselineYear);

    WindowSpec sameArea = Window.partitionBy("level", "org_code");
    for (String measure : MEASURES) {
      Column value = col(measure);
      Column baseline = max(when(col("year").equalTo(col("baseline_year")), value)).over(sameArea);
      areas =
          areas
              .withColumn(measure + "_per_community", try_divide(value, col("communities")))
              .withColumn(measure + "_baseline", baseline)
              .withColumn(
                  measure + "_reduction_pct", reductionPct(col(measure + "_baseline"), value));
    }
    return areas;
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
