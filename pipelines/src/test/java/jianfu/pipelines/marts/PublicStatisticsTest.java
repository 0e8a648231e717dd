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
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import jianfu.pipelines.IndicatorPipeline;
import jianfu.pipelines.MartRows;
import jianfu.pipelines.RawFixture;
import jianfu.pipelines.SparkSessionTest;
import jianfu.schemas.settings.IndicatorSettings;
import jianfu.schemas.settings.PublicationSettings;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * public_statistics. District D1 (12 communities); streets S1 (C1–C3), S2 (C4–C7), S3 (C8, C9:
 * below the threshold of 3) and S4 (C10–C12). Work items: 2022 C1 2, C4 1, C8 3; 2023 C4 1. Every
 * community sent all four returns of 2022 and 2023 (all FINAL; PROVISIONAL figures are in
 * ReportedFiguresTest). Application A1 of P1, submitted 2022-01-05 and approved.
 */
class PublicStatisticsTest extends SparkSessionTest {

  private static final int BURDEN_INDICATORS = 13;
  private static final String PUBLISHED = "published";

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
    assertThat(observation(2022, "S3", "work_items"))
        .satisfies(row -> assertSuppressed(row, "PRIMARY", "A"));
    assertThat(observation(2022, "S1", "work_items"))
        .satisfies(row -> assertSuppressed(row, "SECONDARY", "D"));
    for (String area : List.of("D1", "S2", "S4")) {
      Row row = observation(2022, area, "work_items");
      assertThat((String) row.getAs("status")).as(area).isEqualTo("PUBLISHED");
      assertThat((String) row.getAs("conf_status")).as(area).isEqualTo("F");
      assertThat((String) row.getAs("suppression")).as(area).isNull();
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

  /**
   * Threshold 3. Streets as code=communities; the district D1 is their sum, so it falls below the
   * threshold only in the last case. Each district has the same streets in 2023 and 2024.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          two streets of one community: S3 hides them | S1=1 S2=1 S3=4 S4=5 | S1 S2    | S3
          one small street among large ones           | S1=9 S2=6 S3=7 S4=1 | S4       | S2
          equal candidates: the smallest code         | S9=4 S3=4 S7=4 S5=2 | S5       | S3
          withheld streets reaching the threshold     | S1=2 S2=2 S3=5      | S1 S2    |
          a street without communities counts too     | S1=3 S2=0 S3=4      | S2       | S1
          every street small, the district large      | S1=1 S2=2 S3=1      | S1 S2 S3 |
          no small street                             | S1=3 S2=8           |          |
          a district below the threshold              | S1=1 S2=1           | D1 S1 S2 |
          """)
  void secondarySuppressionWithholdsTheSmallestStreetsUntilTheWithheldReachTheThreshold(
      String description, String streets, String primary, String secondary) {
    // given
    StreetFigures district = new StreetFigures();
    for (int year : List.of(2023, 2024)) {
      for (String street : streets.split(" ")) {
        String[] codeAndCommunities = street.split("=");
        long communities = Long.parseLong(codeAndCommunities[1]);
        district.street(year, codeAndCommunities[0], communities, 5 * communities + year % 10);
      }
    }

    // when
    Map<String, String> withheld = suppressionOf(district);

    // then
    Map<String, String> expected = new TreeMap<>();
    words(primary).forEach(area -> expected.put(area, "PRIMARY"));
    words(secondary).forEach(area -> expected.put(area, "SECONDARY"));
    assertThat(withheld).isEqualTo(expected);
  }

  /**
   * Area code → suppression of every withheld area, which must be the same for every indicator and
   * year of the area.
   */
  private Map<String, String> suppressionOf(StreetFigures district) {
    List<Row> rows =
        PublicStatistics.of(
                district.burdenSummary(spark),
                StreetFigures.noApplications(spark),
                district.socialOrganisationsSummary(spark),
                new PublicationSettings(3, PUBLICATION.asOf()))
            .collectAsList();
    assertThat(rows).hasSize(2 * district.communities().size() * BURDEN_INDICATORS);
    Map<String, String> byArea = new TreeMap<>();
    for (Row row : rows) {
      String area = row.getAs("area_code");
      String kind = Objects.requireNonNullElse(row.getAs("suppression"), PUBLISHED);
      assertThat(byArea.putIfAbsent(area, kind)).as(area).isIn(null, kind);
    }
    byArea.values().removeIf(PUBLISHED::equals);
    return byArea;
  }

  private static List<String> words(String text) {
    return text == null ? List.of() : List.of(text.split(" "));
  }

  private static void assertSuppressed(Row row, String suppression, String confStatus) {
    assertThat((String) row.getAs("status")).isEqualTo("SUPPRESSED");
    assertThat((String) row.getAs("suppression")).isEqualTo(suppression);
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
