package jianfu.pipelines.marts;

import static jianfu.pipelines.SourceRows.activity;
import static jianfu.pipelines.SourceRows.everyReturnReceived;
import static jianfu.pipelines.SourceRows.ledger;
import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.workItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jianfu.pipelines.MartRows;
import jianfu.pipelines.RawFixture;
import jianfu.pipelines.SparkSessionTest;
import jianfu.schemas.settings.IndicatorSettings;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * burden_summary with every return received (so v2 equals v1; the like-for-like reduction, the
 * status and the headline year are in ReportedFiguresTest). District D1; street S1 with C1 and C2,
 * S2 with C3, S3 with none. Per year:
 *
 * <pre>
 *                 2022        2023        2024
 * work items      C1 5, C3 3  C1 5, C3 2  C1 2, C3 1
 * ledger volumes  C1 80       C1 79       C1 81
 *                 C3 2000     C3 1977     C3 2019
 * activities      C2 1        -           -
 * signboards      -           -           -
 * </pre>
 */
class BurdenSummaryTest extends SparkSessionTest {

  private List<Row> byEarliestBaseline;
  private List<Row> by2023Baseline;
  private List<Row> byBaselineWithoutData;

  @BeforeAll
  void runPipeline(@TempDir Path raw) {
    // given
    List<Map<String, Object>> workItems = new ArrayList<>();
    addWorkItems(workItems, "C1", 2022, 5);
    addWorkItems(workItems, "C3", 2022, 3);
    addWorkItems(workItems, "C1", 2023, 5);
    addWorkItems(workItems, "C3", 2023, 2);
    addWorkItems(workItems, "C1", 2024, 2);
    addWorkItems(workItems, "C3", 2024, 1);
    new RawFixture(spark, raw)
        .table("org_units", orgUnits("S1: C1 C2", "S2: C3", "S3"))
        .table("work_items", workItems)
        .table(
            "ledgers",
            ledger("L1", "C1", 2022, 80),
            ledger("L2", "C1", 2023, 79),
            ledger("L3", "C1", 2024, 81),
            ledger("L4", "C3", 2022, 2000),
            ledger("L5", "C3", 2023, 1977),
            ledger("L6", "C3", 2024, 2019))
        .table("activities", activity("AC1", "C2", "2022-03-01"))
        .table("returns", everyReturnReceived(List.of("C1", "C2", "C3"), 2022, 2023, 2024));
    IndicatorSettings defaults = IndicatorSettings.defaults();

    // when
    byEarliestBaseline = martRows(raw, BurdenSummary.NAME, defaults);
    by2023Baseline = martRows(raw, BurdenSummary.NAME, defaults.withBaselineYear(2023));
    byBaselineWithoutData = martRows(raw, BurdenSummary.NAME, defaults.withBaselineYear(2030));
  }

  @Test
  void districtAndEveryStreetHaveARowInEveryReportingYear() {
    // then (D1, S1, S2, S3) × (2022, 2023, 2024), with their number of communities
    assertThat(byEarliestBaseline).hasSize(12);
    assertThat(communities(2024, "DISTRICT", "D1")).isEqualTo(3L);
    assertThat(communities(2024, "STREET", "S1")).isEqualTo(2L);
    assertThat(communities(2024, "STREET", "S2")).isEqualTo(1L);
    assertThat(communities(2024, "STREET", "S3")).isEqualTo(0L);
  }

  @Test
  void measuresAreSummedOverTheAreasCommunities() {
    // when
    Row district2022 = MartRows.find(byEarliestBaseline, "year", 2022, "org_code", "D1");
    Row street2023 = MartRows.find(byEarliestBaseline, "year", 2023, "org_code", "S1");

    // then D1 2022: work items 5 + 3, activities 1, ledger volumes 80 + 2000; S1 2023: 5, 0, 79
    assertThat((Long) district2022.getAs("work_items")).isEqualTo(8L);
    assertThat((Long) district2022.getAs("activities")).isEqualTo(1L);
    assertThat((Long) district2022.getAs("signboards")).isZero();
    assertThat((Long) district2022.getAs("ledger_volumes")).isEqualTo(2080L);
    assertThat((Long) street2023.getAs("work_items")).isEqualTo(5L);
    assertThat((Long) street2023.getAs("activities")).isZero();
    assertThat((Long) street2023.getAs("ledger_volumes")).isEqualTo(79L);
  }

  @Test
  void perCommunityDividesByTheAreasReportingCommunitiesAndIsNullWithoutAny() {
    // when
    Row district2022 = MartRows.find(byEarliestBaseline, "year", 2022, "org_code", "D1");
    Row emptyStreet = MartRows.find(byEarliestBaseline, "year", 2022, "org_code", "S3");

    // then D1: 8 / 3 work items, 0 / 3 signboards; S3: no community reported, nothing to divide
    assertThat((Double) district2022.getAs("work_items_per_community"))
        .isCloseTo(8.0 / 3, within(1e-12));
    assertThat((Double) district2022.getAs("signboards_per_community")).isZero();
    assertThat((Long) emptyStreet.getAs("work_items_reporting")).isZero();
    assertThat((Long) emptyStreet.getAs("work_items")).isNull();
    assertThat((Double) emptyStreet.getAs("work_items_per_community")).isNull();
    assertThat((Double) emptyStreet.getAs("reporting_rate")).isNull();
    assertThat((String) emptyStreet.getAs("status")).isEqualTo("PROVISIONAL");
  }

  @Test
  void defaultBaselineIsTheEarliestReportingYear() {
    // when
    Row district2024 = MartRows.find(byEarliestBaseline, "year", 2024, "org_code", "D1");

    // then baseline 2022: work items 8, activities 1, signboards 0, ledger volumes 2080
    assertThat((Integer) district2024.getAs("baseline_year")).isEqualTo(2022);
    assertThat((Long) district2024.getAs("work_items_baseline")).isEqualTo(8L);
    assertThat((Long) district2024.getAs("activities_baseline")).isEqualTo(1L);
    assertThat((Long) district2024.getAs("signboards_baseline")).isZero();
    assertThat((Long) district2024.getAs("ledger_volumes_baseline")).isEqualTo(2080L);
  }

  @Test
  void reductionIsRoundedHalfAwayFromZeroInExactDecimals() {
    // then 100 × (baseline − M) / baseline, one decimal
    // D1 work items 2023: 100 × (8 − 7) / 8 = 12.5; 2024: 100 × (8 − 3) / 8 = 62.5
    assertThat(reduction(byEarliestBaseline, 2023, "D1", "work_items"))
        .isEqualByComparingTo("12.5");
    assertThat(reduction(byEarliestBaseline, 2024, "D1", "work_items"))
        .isEqualByComparingTo("62.5");
    // S2 work items 2024: 100 × (3 − 1) / 3 = 66.666… → 66.7
    assertThat(reduction(byEarliestBaseline, 2024, "S2", "work_items"))
        .isEqualByComparingTo("66.7");
    // S1 ledger volumes: 100 × (80 − 79) / 80 = 1.25 → 1.3; 100 × (80 − 81) / 80 = −1.25 → −1.3
    assertThat(reduction(byEarliestBaseline, 2023, "S1", "ledger_volumes"))
        .isEqualByComparingTo("1.3");
    assertThat(reduction(byEarliestBaseline, 2024, "S1", "ledger_volumes"))
        .isEqualByComparingTo("-1.3");
    // S2 ledger volumes: 100 × 23 / 2000 = 1.15 → 1.2 and 100 × −19 / 2000 = −0.95 → −1.0, where
    // binary doubles (1.1499…, −0.9499…) would round to 1.1 and −0.9
    assertThat(reduction(byEarliestBaseline, 2023, "S2", "ledger_volumes"))
        .isEqualByComparingTo("1.2");
    assertThat(reduction(byEarliestBaseline, 2024, "S2", "ledger_volumes"))
        .isEqualByComparingTo("-1.0");
    // D1 activities 2023: 100 × (1 − 0) / 1 = 100.0; the baseline year itself: 0.0
    assertThat(reduction(byEarliestBaseline, 2023, "D1", "activities"))
        .isEqualByComparingTo("100.0");
    assertThat(reduction(byEarliestBaseline, 2022, "D1", "activities")).isEqualByComparingTo("0");
  }

  @Test
  void reductionIsNullWhenTheBaselineIsZero() {
    // then no signboards anywhere; S2 held no activity in 2022
    assertThat(reduction(byEarliestBaseline, 2023, "D1", "signboards")).isNull();
    assertThat(reduction(byEarliestBaseline, 2023, "S2", "activities")).isNull();
    assertThat(reduction(byEarliestBaseline, 2023, "S3", "work_items")).isNull();
  }

  @Test
  void configuredBaselineYearOverridesTheEarliest() {
    // when
    Row district2024 = MartRows.find(by2023Baseline, "year", 2024, "org_code", "D1");

    // then baseline 2023: work items 7, ledger volumes 1977 + 79 = 2056
    assertThat((Integer) district2024.getAs("baseline_year")).isEqualTo(2023);
    assertThat((Long) district2024.getAs("work_items_baseline")).isEqualTo(7L);
    // 100 × (7 − 3) / 7 = 57.14… → 57.1; 100 × (2056 − 2100) / 2056 = −2.14… → −2.1
    assertThat(reduction(by2023Baseline, 2024, "D1", "work_items")).isEqualByComparingTo("57.1");
    assertThat(reduction(by2023Baseline, 2024, "D1", "ledger_volumes"))
        .isEqualByComparingTo("-2.1");
    // an earlier year against a later baseline: 100 × (7 − 8) / 7 = −14.28… → −14.3
    assertThat(reduction(by2023Baseline, 2022, "D1", "work_items")).isEqualByComparingTo("-14.3");
  }

  @Test
  void baselineYearWithoutDataGivesNullBaselinesAndReductions() {
    // when
    Row district2024 = MartRows.find(byBaselineWithoutData, "year", 2024, "org_code", "D1");

    // then
    assertThat((Integer) district2024.getAs("baseline_year")).isEqualTo(2030);
    assertThat((Long) district2024.getAs("work_items_baseline")).isNull();
    assertThat((BigDecimal) district2024.getAs("work_items_reduction_pct")).isNull();
    assertThat((Long) district2024.getAs("work_items")).isEqualTo(3L);
  }

  private Long communities(int year, String level, String orgCode) {
    return MartRows.find(byEarliestBaseline, "year", year, "level", level, "org_code", orgCode)
        .getAs("communities");
  }

  private static BigDecimal reduction(List<Row> summary, int year, String orgCode, String measure) {
    return MartRows.find(summary, "year", year, "org_code", orgCode)
        .getAs(measure + "_reduction_pct");
  }

  private static void addWorkItems(
      List<Map<String, Object>> workItems, String orgCode, int year, int count) {
    for (int item = 1; item <= count; item++) {
      workItems.add(workItem(orgCode, year, "I" + item));
    }
  }
}
