package jianfu.pipelines.marts;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jianfu.pipelines.IndicatorPipeline;
import jianfu.pipelines.MartRows;
import jianfu.pipelines.SparkSessionTest;
import jianfu.schemas.settings.IndicatorSettings;
import jianfu.schemas.settings.SocialOrganisationSettings;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The marts of one pipeline run, with the look-ups the tests of the v2 figures make. */
final class RunMarts {

  private final Map<String, Dataset<Row>> marts;

  private RunMarts(Map<String, Dataset<Row>> marts) {
    this.marts = marts;
  }

  /** The marts of {@code raw} with the documented settings. */
  static RunMarts of(SparkSession spark, Path raw) {
    return new RunMarts(
        new IndicatorPipeline(
                spark,
                IndicatorSettings.defaults(),
                SparkSessionTest.PUBLICATION,
                SparkSessionTest.REPORTING,
                SparkSessionTest.VALIDATION,
                SocialOrganisationSettings.defaults())
            .marts(raw.toString()));
  }

  List<Row> rows(String mart) {
    return marts.get(mart).collectAsList();
  }

  Row burden(int year, String community) {
    return MartRows.find(rows(BurdenByCommunity.NAME), "year", year, "org_code", community);
  }

  Row district(int year) {
    return MartRows.find(rows(BurdenSummary.NAME), "year", year, "level", "DISTRICT");
  }

  Row summary(int year, String area) {
    return MartRows.find(rows(BurdenSummary.NAME), "year", year, "org_code", area);
  }

  Row funnel(int year, String deptCode) {
    return MartRows.find(rows(AccessFunnel.NAME), "year", year, "dept_code", deptCode);
  }

  Row rate(int year, String level, String area, String dataset) {
    return MartRows.find(
        rows(ReportingRates.NAME),
        "year",
        year,
        "level",
        level,
        "area_code",
        area,
        "dataset",
        dataset);
  }

  /** expected, received, on_time, late, nil_returns. */
  static List<Object> counts(Row rate) {
    return List.of("expected", "received", "on_time", "late", "nil_returns").stream()
        .map(rate::getAs)
        .toList();
  }

  /** public_statistics' status and value of one observation. */
  List<Object> statistic(int year, String area, String indicator) {
    Row row =
        MartRows.find(
            rows(PublicStatistics.NAME),
            "year",
            year,
            "area_code",
            area,
            "indicator_code",
            indicator);
    return Arrays.asList(row.getAs("status"), row.getAs("value"));
  }
}
