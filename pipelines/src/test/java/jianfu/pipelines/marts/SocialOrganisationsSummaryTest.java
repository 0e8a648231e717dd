package jianfu.pipelines.marts;

import static jianfu.pipelines.SourceRows.contribution;
import static jianfu.pipelines.SourceRows.district;
import static jianfu.pipelines.SourceRows.everyReturnReceived;
import static jianfu.pipelines.SourceRows.returned;
import static jianfu.pipelines.SourceRows.serviceProject;
import static jianfu.pipelines.SourceRows.socialOrganisation;
import static jianfu.pipelines.SourceRows.street;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.pipelines.IndicatorPipeline;
import jianfu.pipelines.MartRows;
import jianfu.pipelines.RawFixture;
import jianfu.pipelines.SourceRows;
import jianfu.pipelines.SparkSessionTest;
import jianfu.schemas.settings.IndicatorSettings;
import jianfu.schemas.settings.PublicationSettings;
import jianfu.schemas.settings.SocialOrganisationSettings;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * social_organisations_summary and the public figures made from it, worked by hand. District D1:
 * street S1 with C1 (1,500 residents) and C2 (500), street S2 with C3 (8,000), street S3 with no
 * community (no residents). Reporting years 2023 and 2024 (C3's returns of 2024 never came:
 * PROVISIONAL for S2 and the district).
 *
 * <p>Organisations (based at, category, registered, deregistered, fostered):
 *
 * <ul>
 *   <li>O1: C1, SERVICE, 2023-01-01 (on 1 January), -, true;
 *   <li>O2: C2, CHARITY, 2020-05-10, 2023-12-31 (on year-end: active in neither year), -;
 *   <li>O3: S1 itself, SELF_GOVERNANCE, 2022-03-01 (outside the reporting years), -, empty;
 *   <li>O4: C3, PURCHASED_SERVICE, 2024-06-30, 2025-01-01, false;
 *   <li>O5: S3 itself, OTHER, 2021-01-01, -, true;
 *   <li>O6: C3, SERVICE, 2023-12-31 (on year-end: active then), 2024-01-01, -;
 *   <li>O7: C3, SELF_GOVERNANCE, 2020-01-01, 2023-06-30, - (its contributions still count).
 * </ul>
 *
 * Projects (provider, kind, area served, year, yuan, beneficiaries): P1 O1 PURCHASED_SERVICE C2
 * 2023 100000.50 200; P2 O5 VENTURE S1 2023 20000 50 (serves S1 though based in S3); P3 O4 VENTURE
 * C3 2024 30000.25 80; P4 O3 PURCHASED_SERVICE S3 2024 5000 10; P5 O1 VENTURE C1 2022 (no reporting
 * year). Contributions (association, year, matters, yuan): O3 2022 9 900, O3 2023 12 3000, O3 2024
 * 20 4500.50, O7 2023 5 1000.
 */
class SocialOrganisationsSummaryTest extends SparkSessionTest {

  private Path raw;
  private List<Row> summary;
  private List<Row> published;
  private List<Row> withoutThreshold;
  private List<Row> withoutProjectsOrContributions;
  private List<Row> withoutOrganisations;
  private List<Row> publishedWithoutOrganisations;

  @BeforeAll
  void runPipelines(
      @TempDir Path raw, @TempDir Path rawWithoutProjects, @TempDir Path rawWithoutOrganisations) {
    // given
    List<Map<String, Object>> orgUnits =
        List.of(
            district("D1"),
            street("S1", "D1"),
            street("S2", "D1"),
            street("S3", "D1"),
            community("C1", "S1", 1500),
            community("C2", "S1", 500),
            community("C3", "S2", 8000));
    List<Map<String, Object>> returns =
        new ArrayList<>(everyReturnReceived(List.of("C1", "C2", "C3"), 2023));
    returns.addAll(everyReturnReceived(List.of("C1", "C2"), 2024));
    for (String dataset : List.of("WORK_ITEMS", "LEDGERS", "SIGNBOARDS", "ACTIVITIES")) {
      returns.add(returned("C3", 2024, dataset, null));
    }
    List<Map<String, Object>> organisations =
        List.of(
            socialOrganisation("O1", "C1", "SERVICE", "2023-01-01", "fostered", true),
            socialOrganisation(
                "O2", "C2", "CHARITY", "2020-05-10", "deregistered_on", "2023-12-31"),
            socialOrganisation("O3", "S1", "SELF_GOVERNANCE", "2022-03-01"),
            socialOrganisation(
                "O4",
                "C3",
                "PURCHASED_SERVICE",
                "2024-06-30",
                "deregistered_on",
                "2025-01-01",
                "fostered",
                false),
            socialOrganisation("O5", "S3", "OTHER", "2021-01-01", "fostered", true),
            socialOrganisation(
                "O6", "C3", "SERVICE", "2023-12-31", "deregistered_on", "2024-01-01"),
            socialOrganisation(
                "O7", "C3", "SELF_GOVERNANCE", "2020-01-01", "deregistered_on", "2023-06-30"));
    for (Path folder : List.of(raw, rawWithoutProjects, rawWithoutOrganisations)) {
      new RawFixture(spark, folder).table("org_units", orgUnits).table("returns", returns);
    }
    new RawFixture(spark, rawWithoutProjects).table("social_organisations", organisations);
    new RawFixture(spark, raw)
        .table("social_organisations", organisations)
        .table(
            "service_projects",
            serviceProject("P1", "O1", "PURCHASED_SERVICE", "C2", 2023, "100000.50", 200),
            serviceProject("P2", "O5", "VENTURE", "S1", 2023, "20000", 50),
            serviceProject("P3", "O4", "VENTURE", "C3", 2024, "30000.25", 80),
            serviceProject("P4", "O3", "PURCHASED_SERVICE", "S3", 2024, "5000", 10),
            serviceProject("P5", "O1", "VENTURE", "C1", 2022, "7000", 30))
        .table(
            "association_contributions",
            contribution("O3", 2022, 9, "900"),
            contribution("O3", 2023, 12, "3000"),
            contribution("O3", 2024, 20, "4500.50"),
            contribution("O7", 2023, 5, "1000"));

    // when
    RunMarts run = RunMarts.of(spark, raw);
    summary = run.rows(SocialOrganisationsSummary.NAME);
    published = run.rows(PublicStatistics.NAME);
    this.raw = raw;
    withoutThreshold =
        marts(new PublicationSettings(0, PUBLICATION.asOf()), SOCIAL_ORGANISATIONS)
            .get(PublicStatistics.NAME)
            .collectAsList();
    withoutProjectsOrContributions =
        RunMarts.of(spark, rawWithoutProjects).rows(SocialOrganisationsSummary.NAME);
    RunMarts withoutAny = RunMarts.of(spark, rawWithoutOrganisations);
    withoutOrganisations = withoutAny.rows(SocialOrganisationsSummary.NAME);
    publishedWithoutOrganisations = withoutAny.rows(PublicStatistics.NAME);
  }

  @Test
  void theDistrictAndEveryStreetHaveARowInEveryReportingYear() {
    assertThat(summary)
        .extracting(row -> List.of(row.getAs("year"), row.getAs("level"), row.getAs("area_code")))
        .containsExactlyInAnyOrder(
            List.of(2023, "DISTRICT", "D1"),
            List.of(2023, "STREET", "S1"),
            List.of(2023, "STREET", "S2"),
            List.of(2023, "STREET", "S3"),
            List.of(2024, "DISTRICT", "D1"),
            List.of(2024, "STREET", "S1"),
            List.of(2024, "STREET", "S2"),
            List.of(2024, "STREET", "S3"));
  }

  /**
   * communities, residents, social_orgs, by category (service, charity, purchased service,
   * self-governance, other), new_registrations, fostered.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2023 | S1 | 2 | 2000  | 2 | 1 0 0 1 0 | 1 | 1
          2023 | S2 | 1 | 8000  | 1 | 1 0 0 0 0 | 1 | 0
          2023 | S3 | 0 | 0     | 1 | 0 0 0 0 1 | 0 | 1
          2023 | D1 | 3 | 10000 | 4 | 2 0 0 1 1 | 2 | 2
          2024 | S1 | 2 | 2000  | 2 | 1 0 0 1 0 | 0 | 1
          2024 | S2 | 1 | 8000  | 1 | 0 0 1 0 0 | 1 | 0
          2024 | S3 | 0 | 0     | 1 | 0 0 0 0 1 | 0 | 1
          2024 | D1 | 3 | 10000 | 4 | 1 0 1 1 1 | 1 | 2
          """)
  void organisationsActiveAtYearEndByCategoryNewAndFostered(
      int year,
      String area,
      long communities,
      long residents,
      long socialOrgs,
      String byCategory,
      long newRegistrations,
      long fostered) {
    // when
    Row row = row(year, area);

    // then
    assertThat(figures(row, "communities", "residents", "social_orgs"))
        .containsExactly(communities, residents, socialOrgs);
    assertThat(
            figures(
                row,
                "social_orgs_service",
                "social_orgs_charity",
                "social_orgs_purchased_service",
                "social_orgs_self_governance",
                "social_orgs_other"))
        .containsExactlyElementsOf(
            Arrays.stream(byCategory.split(" "))
                .map(count -> (Object) Long.valueOf(count))
                .toList());
    assertThat(figures(row, "new_registrations", "fostered"))
        .containsExactly(newRegistrations, fostered);
  }

  /** 10000 × social_orgs / residents against the default target 10; none without residents. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2023 | S1 | 10.0 | true
          2023 | S2 | 1.25 | false
          2023 | S3 |      |
          2023 | D1 | 4.0  | false
          2024 | D1 | 4.0  | false
          """)
  void perTenThousandResidentsAgainstTheTarget(
      int year, String area, Double per10k, Boolean meetsTarget) {
    // when
    Row row = row(year, area);

    // then
    assertThat((Double) row.getAs("social_orgs_per_10k_residents")).isEqualTo(per10k);
    assertThat((Boolean) row.getAs("meets_target")).isEqualTo(meetsTarget);
    assertThat((Double) row.getAs("target_per_10k")).isEqualTo(10.0);
  }

  /**
   * purchased_service_projects, venture_projects, project_funding_yuan, beneficiaries (by the area
   * served), association_matters, association_funding_yuan (by where the association is based).
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2023 | S1 | 1 | 1 | 120000.50 | 250 | 12 | 3000.00
          2023 | S2 | 0 | 0 | 0.00      | 0   | 5  | 1000.00
          2023 | S3 | 0 | 0 | 0.00      | 0   | 0  | 0.00
          2023 | D1 | 1 | 1 | 120000.50 | 250 | 17 | 4000.00
          2024 | S1 | 0 | 0 | 0.00      | 0   | 20 | 4500.50
          2024 | S2 | 0 | 1 | 30000.25  | 80  | 0  | 0.00
          2024 | S3 | 1 | 0 | 5000.00   | 10  | 0  | 0.00
          2024 | D1 | 1 | 1 | 35000.25  | 90  | 20 | 4500.50
          """)
  void projectsByTheAreaServedAndContributionsByTheAssociationsBase(
      int year,
      String area,
      long purchased,
      long venture,
      BigDecimal projectYuan,
      long beneficiaries,
      long matters,
      BigDecimal associationYuan) {
    // when
    Row row = row(year, area);

    // then
    assertThat(figures(row, "purchased_service_projects", "venture_projects", "beneficiaries"))
        .containsExactly(purchased, venture, beneficiaries);
    assertThat((BigDecimal) row.getAs("project_funding_yuan")).isEqualTo(projectYuan);
    assertThat((Long) row.getAs("association_matters")).isEqualTo(matters);
    assertThat((BigDecimal) row.getAs("association_funding_yuan")).isEqualTo(associationYuan);
  }

  @Test
  void theConfiguredTargetDecidesWhoMeetsIt() {
    // when the target is 4 per 10,000 residents
    List<Row> rows =
        marts(PUBLICATION, new SocialOrganisationSettings(4, 50))
            .get(SocialOrganisationsSummary.NAME)
            .collectAsList();

    // then the district's 4.0 meets it, S2's 1.25 does not
    Row district = MartRows.find(rows, "year", 2023, "area_code", "D1");
    assertThat((Double) district.getAs("target_per_10k")).isEqualTo(4.0);
    assertThat((Boolean) district.getAs("meets_target")).isTrue();
    assertThat((Boolean) MartRows.find(rows, "year", 2023, "area_code", "S2").getAs("meets_target"))
        .isFalse();
  }

  @Test
  void theConfiguredRegistrationGoalIsTheDistrictsAlone() {
    // when the goal is 50 registrations a year
    List<Row> rows =
        marts(PUBLICATION, new SocialOrganisationSettings(4, 50))
            .get(SocialOrganisationsSummary.NAME)
            .collectAsList();

    // then the district's rows carry it, a street's none
    assertThat(
            (Integer)
                MartRows.find(rows, "year", 2023, "area_code", "D1")
                    .getAs("new_registrations_goal"))
        .isEqualTo(50);
    assertThat(
            (Integer)
                MartRows.find(rows, "year", 2024, "area_code", "D1")
                    .getAs("new_registrations_goal"))
        .isEqualTo(50);
    assertThat(
            MartRows.find(rows, "year", 2023, "area_code", "S2")
                .<Integer>getAs("new_registrations_goal"))
        .isNull();
  }

  @Test
  void withoutProjectsOrContributionsTheirFiguresAreEmptyNotZero() {
    // when
    Row district = MartRows.find(withoutProjectsOrContributions, "year", 2023, "area_code", "D1");

    // then
    assertThat(
            figures(
                district,
                "purchased_service_projects",
                "venture_projects",
                "project_funding_yuan",
                "beneficiaries",
                "association_matters",
                "association_funding_yuan"))
        .containsOnlyNulls();
    assertThat((Long) district.getAs("social_orgs")).isEqualTo(4L);
  }

  @Test
  void withoutSocialOrganisationsTheMartIsEmptyAndNothingOfThemIsPublished() {
    assertThat(withoutOrganisations).isEmpty();
    assertThat(publishedWithoutOrganisations)
        .isNotEmpty()
        .extracting(row -> (String) row.getAs("indicator_code"))
        .doesNotContain("social_orgs", "social_orgs_per_10k_residents", "new_social_orgs");
  }

  /** Without a threshold: value, status (PROVISIONAL where C3's returns of 2024 are missing). */
  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2023 | D1 | social_orgs                   | 4.0  | PUBLISHED
          2023 | D1 | social_orgs_per_10k_residents | 4.0  | PUBLISHED
          2023 | D1 | new_social_orgs               | 2.0  | PUBLISHED
          2023 | S2 | social_orgs_per_10k_residents | 1.3  | PUBLISHED
          2023 | S3 | social_orgs                   | 1.0  | PROVISIONAL
          2023 | S3 | social_orgs_per_10k_residents |      | PROVISIONAL
          2024 | S1 | new_social_orgs               | 0.0  | PUBLISHED
          2024 | S2 | new_social_orgs               | 1.0  | PROVISIONAL
          2024 | D1 | social_orgs                   | 4.0  | PROVISIONAL
          """)
  void theSocialFiguresArePublishedRoundedOnceWithTheirAreasStatus(
      int year, String area, String indicator, Double value, String status) {
    // when
    Row row =
        MartRows.find(
            withoutThreshold, "year", year, "area_code", area, "indicator_code", indicator);

    // then 1.25 is rounded half up; S3 (no community) is never FINAL
    assertThat((Double) row.getAs("value")).isEqualTo(value);
    assertThat((String) row.getAs("status")).isEqualTo(status);
  }

  @Test
  void theSocialFiguresCarryTheirUnitsAndDecimals() {
    assertThat(attributes(2023, "D1", "social_orgs")).containsExactly("个", 0);
    assertThat(attributes(2023, "D1", "social_orgs_per_10k_residents")).containsExactly("个/万人", 1);
    assertThat(attributes(2023, "D1", "new_social_orgs")).containsExactly("个", 0);
  }

  @Test
  void theSocialFiguresOfASuppressedAreaAreWithheldLikeItsOtherFigures() {
    // then at threshold 3 every street is PRIMARY (fewer than 3 communities), the district (3) not
    for (String indicator :
        List.of("social_orgs", "social_orgs_per_10k_residents", "new_social_orgs")) {
      for (String area : List.of("S1", "S2", "S3")) {
        Row row =
            MartRows.find(published, "year", 2023, "area_code", area, "indicator_code", indicator);
        assertThat((String) row.getAs("status")).isEqualTo("SUPPRESSED");
        assertThat((String) row.getAs("suppression")).isEqualTo("PRIMARY");
        assertThat((Double) row.getAs("value")).isNull();
      }
      Row district =
          MartRows.find(published, "year", 2023, "area_code", "D1", "indicator_code", indicator);
      assertThat((String) district.getAs("status")).isEqualTo("PUBLISHED");
    }
  }

  private Map<String, Dataset<Row>> marts(
      PublicationSettings publication, SocialOrganisationSettings target) {
    return new IndicatorPipeline(
            spark, IndicatorSettings.defaults(), publication, REPORTING, VALIDATION, target)
        .marts(raw.toString());
  }

  private static Map<String, Object> community(String code, String street, int residents) {
    Map<String, Object> community = new LinkedHashMap<>(SourceRows.community(code, street));
    community.put("residents", residents);
    return community;
  }

  private Row row(int year, String area) {
    return MartRows.find(summary, "year", year, "area_code", area);
  }

  private List<Object> attributes(int year, String area, String indicator) {
    Row row =
        MartRows.find(
            withoutThreshold, "year", year, "area_code", area, "indicator_code", indicator);
    return List.of(row.getAs("unit"), row.getAs("decimals"));
  }

  private static List<Object> figures(Row row, String... columns) {
    return Arrays.stream(columns).map(column -> (Object) row.getAs(column)).toList();
  }
}
