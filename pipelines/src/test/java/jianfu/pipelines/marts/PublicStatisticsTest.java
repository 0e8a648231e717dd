package jianfu.pipelines.marts;

import static jianfu.pipelines.SourceRows.application;
import static jianfu.pipelines.SourceRows.department;
import static jianfu.pipelines.SourceRows.everyReturnReceived;
import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.workItem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import jianfu.pipelines.IndicatorPipeline;
import jianfu.pipelines.MartRows;
import jianfu.pipelines.RawFixture;
import jianfu.pipelines.SparkSessionTest;
import jianfu.pipelines.config.IndicatorSettings;
import jianfu.pipelines.config.PublicationSettings;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * public_statistics. District D1 (12 communities); streets S1 (C1–C3), S2 (C4–C7), S3 (C8, C9:
 * below the threshold of 3) and S4 (C10–C12). Work items: 2022 C1 2, C4 1, C8 3; 2023 C4 1. Every
 * community sent all four returns of 2022 and 2023 (all FINAL; PROVISIONAL figures are in
 * ReportedFiguresTest). Application A1 of P1, submitted 2022-01-05 and approved.
 */
class PublicStatisticsTest extends SparkSessionTest {

  private static final int BURDEN_INDICATORS = 13;

  private List<Row> published;
  private List<Row> withoutThreshold;

  @BeforeAll
  void runPipeline(@TempDir Path raw) {
    // given
    new RawFixture(spark, raw)
        .table(
            "org_units",
            orgUnits("S1: C1 C2 C3", "S2: C4 C5 C6 C7", "S3: C8 C9", "S4: C10 C11 C12"))
        .table("departments", department("P1"))
        .table(
            "applications",
            application("A1", "P1", "APPROVED", "2022-02-01", "submitted_on", "2022-01-05"))
        .table(
            "returns",
            everyReturnReceived(
                List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12"),
                2022,
                2023))
        .table(
            "work_items",
            workItem("C1", 2022, "I1"),
            workItem("C1", 2022, "I2"),
            workItem("C4", 2022, "I1"),
            workItem("C8", 2022, "I1"),
            workItem("C8", 2022, "I2"),
            workItem("C8", 2022, "I3"),
            workItem("C4", 2023, "I1"));
    IndicatorSettings defaults = IndicatorSettings.defaults();

    // when
    published = martRows(raw, PublicStatistics.NAME, defaults);
    withoutThreshold =
        new IndicatorPipeline(spark, defaults, new PublicationSettings(0, PUBLICATION.asOf()))
            .marts(raw.toString())
            .get(PublicStatistics.NAME)
            .collectAsList();
  }

  @Test
  void everyAreaHasEveryBurdenIndicatorAndTheDistrictItsApplications() {
    // then (D1, S1–S4) × 2 reporting years × 13, plus the district's 2 per reporting year
    assertThat(published).hasSize(5 * 2 * BURDEN_INDICATORS + 2 * 2);
    assertThat(value(2022, "D1", "applications_submitted")).isEqualTo(1.0);
    assertThat(value(2022, "D1", "applications_approved")).isEqualTo(1.0);
    assertThat(value(2023, "D1", "applications_submitted")).isEqualTo(0.0);
    assertThat(value(2023, "D1", "reporting_rate_pct")).isEqualTo(100.0);
  }

  @Test
  void totalsPerCommunityAndReductionsComeFromTheBurdenFigures() {
    // then D1 2022: 2 + 1 + 3 = 6 items over 12 communities = 0.5; 2023: 1, −83.3% against 2022
    assertThat(value(2022, "D1", "work_items")).isEqualTo(6.0);
    assertThat(value(2022, "D1", "work_items_per_community")).isEqualTo(0.5);
    assertThat(value(2023, "D1", "work_items")).isEqualTo(1.0);
    assertThat(value(2023, "D1", "work_items_reduction_pct")).isEqualTo(83.3);
    // S2: 1 item over 4 communities = 0.25, rounded half up to 0.3
    assertThat(value(2022, "S2", "work_items_per_community")).isEqualTo(0.3);
  }

  @Test
  void aStreetBelowTheThresholdIsSuppressedAndTheSmallestPublishedStreetWithIt() {
    // then S3 (2 communities) primary; S1 and S4 have 3 each, S1 comes first by code: secondary
    assertThat(observation(2022, "S3", "work_items")).satisfies(row -> assertSuppressed(row, "A"));
    assertThat(observation(2022, "S1", "work_items")).satisfies(row -> assertSuppressed(row, "D"));
    for (String area : List.of("D1", "S2", "S4")) {
      Row row = observation(2022, area, "work_items");
      assertThat((String) row.getAs("status")).as(area).isEqualTo("PUBLISHED");
      assertThat((String) row.getAs("conf_status")).as(area).isEqualTo("F");
      assertThat((Double) row.getAs("value")).as(area).isNotNull();
    }
    assertThat(published)
        .filteredOn(row -> row.getAs("area_code").equals("S3"))
        .allSatisfy(row -> assertThat((Double) row.getAs("value")).isNull());
  }

  @Test
  void withoutAThresholdEverythingIsPublished() {
    // then
    assertThat(withoutThreshold)
        .allSatisfy(row -> assertThat((String) row.getAs("status")).isEqualTo("PUBLISHED"));
    assertThat(
            (Double)
                MartRows.find(
                        withoutThreshold,
                        "year",
                        2022,
                        "area_code",
                        "S3",
                        "indicator_code",
                        "work_items")
                    .getAs("value"))
        .isEqualTo(3.0);
  }

  @Test
  void everyObservationCarriesItsAttributes() {
    // when
    Row items = observation(2023, "S2", "work_items");
    Row perCommunity = observation(2023, "S2", "work_items_per_community");
    Row reduction = observation(2023, "S2", "work_items_reduction_pct");

    // then
    assertThat(List.of(items, perCommunity, reduction))
        .allSatisfy(
            row -> {
              assertThat((String) row.getAs("area_level")).isEqualTo("STREET");
              assertThat((Integer) row.getAs("unit_mult")).isZero();
              assertThat((Integer) row.getAs("baseline_year")).isEqualTo(2022);
              assertThat((Date) row.getAs("as_of")).isEqualTo(Date.valueOf(PUBLICATION.asOf()));
              assertThat((String) row.getAs("obs_status")).isEqualTo("A");
            });
    assertThat((String) items.getAs("unit")).isEqualTo("项");
    assertThat((Integer) items.getAs("decimals")).isZero();
    assertThat((String) perCommunity.getAs("unit")).isEqualTo("项/社区");
    assertThat((Integer) perCommunity.getAs("decimals")).isEqualTo(1);
    assertThat((String) reduction.getAs("unit")).isEqualTo("%");
    assertThat((Double) reduction.getAs("value")).isEqualTo(0.0);
  }

  @Test
  void aPublishedFigureThatCannotBeComputedIsMarkedMissing() {
    // when S4 had no work items in the baseline year: no reduction to state
    Row reduction = observation(2023, "S4", "work_items_reduction_pct");

    // then
    assertThat((Double) reduction.getAs("value")).isNull();
    assertThat((String) reduction.getAs("status")).isEqualTo("PUBLISHED");
    assertThat((String) reduction.getAs("obs_status")).isEqualTo("M");
  }

  private static void assertSuppressed(Row row, String confStatus) {
    assertThat((String) row.getAs("status")).isEqualTo("SUPPRESSED");
    assertThat((String) row.getAs("conf_status")).isEqualTo(confStatus);
    assertThat((Double) row.getAs("value")).isNull();
  }

  private Row observation(int year, String area, String indicator) {
    return MartRows.find(published, "year", year, "area_code", area, "indicator_code", indicator);
  }

  private Double value(int year, String area, String indicator) {
    return observation(year, area, indicator).getAs("value");
  }
}
