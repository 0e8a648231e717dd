package jianfu.dashboards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  private final Contract contract = Contract.load();

  @TempDir Path output;

  @Test
  void writesOneSelfContainedPageWithTheThreeAudiencesPages() throws Exception {
    // given
    ServedDistrict.serve(contract, output, true);

    // when
    Path page = new HtmlReport(contract).write(output);

    // then
    assertThat(page).isEqualTo(output.resolve("report/index.html"));
    try (var files = Files.list(page.getParent())) {
      assertThat(files).containsExactly(page);
    }
    String html = Files.readString(page);
    assertThat(html)
        .contains("data-page=\"burden\"", "data-page=\"completeness\"")
        .contains("data-page=\"performance\"", "data-page=\"public\"", "data-page=\"social\"")
        .contains("领导小组减负监测", "Burden monitoring", "数据完整性", "Data completeness")
        .contains("年度绩效考核", "公开统计")
        .contains("echarts") // the library itself, inlined
        .contains("id=\"chart-public_applications\"")
        .doesNotContain("src=\"http", "href=\"http", "<script src");
  }

  @Test
  void theHeaderAndTheBigNumbersAreForTheHeadlineYearAndNameTheProvisionalYear() throws Exception {
    // given 2022 and 2023 FINAL, 2024 PROVISIONAL
    ServedDistrict.serve(contract, output, true);

    // when
    String html = Files.readString(new HtmlReport(contract).write(output));

    // then
    assertThat(html)
        .contains("id=\"headline-year\" data-year=\"2023\"")
        .contains("2023年（最新定稿年度）；2024年为初步数据")
        .contains("Headline year: 2023 (latest final year); 2024 is provisional");
    String burden = page(html, "burden");
    assertThat(burden).contains("→ 2023: ").doesNotContain("→ 2024: ");
    assertThat(page(html, "public")).contains("公开统计（2023）");
  }

  @Test
  void theCompletenessPageListsTheReturnsToChaseByNameWithTheViolationsAndWarnings()
      throws Exception {
    // given
    ServedDistrict.serve(contract, output, true);

    // when
    String completeness =
        page(Files.readString(new HtmlReport(contract).write(output)), "completeness");

    // then the charts, and the lists with the areas' names from org_units
    assertThat(completeness)
        .contains("id=\"chart-reporting_rate_by_street\"", "id=\"chart-on_time_rate_by_dataset\"")
        .contains("id=\"chart-violations_by_street_and_rule\"")
        .contains("id=\"chart-warnings_by_table_and_reason\"")
        .contains("id=\"table-returns_outstanding\"", "id=\"table-validation_violations\"")
        .contains("id=\"table-ingest_warnings\"", "id=\"table-year_status\"")
        .contains("C11社区", "S1街道")
        .contains("未报 / missing");
  }

  @Test
  void withoutAFinalYearTheReportSaysSoAndShowsNoHeadlineFigures() throws Exception {
    // given every year provisional
    Path served = ServedDistrict.serve(contract, output, true);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + served);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "UPDATE burden_summary SET status = 'PROVISIONAL', headline_year = NULL;"
              + " UPDATE public_statistics SET status = 'PROVISIONAL' WHERE status = 'PUBLISHED'");
    }

    // when
    String html = Files.readString(new HtmlReport(contract).write(output));

    // then
    assertThat(html).contains("no year is final yet").contains("data-year=\"\"");
    assertThat(page(html, "burden")).doesNotContain("id=\"headline-");
    assertThat(page(html, "public")).doesNotContain("id=\"public-").contains("provisional");
  }

  @Test
  void thePerformanceReviewIsOfTheLatestYearWithRatings() throws Exception {
    // given the latest year (2024) not rated yet
    Path served = ServedDistrict.serve(contract, output, true);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + served);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "UPDATE department_scorecard SET composite = NULL, final_score = NULL WHERE year = 2024");
    }

    // when
    String performance =
        page(Files.readString(new HtmlReport(contract).write(output)), "performance");

    // then
    assertThat(performance)
        .contains("Departments ranked by final score (2023)")
        .doesNotContain("Departments ranked by final score (2024)");
  }

  @Test
  void thePublicPageSaysSoWhenTheServedFileHasNoPublicStatistics() throws Exception {
    // given
    ServedDistrict.serve(contract, output, false);

    // when
    String html = Files.readString(new HtmlReport(contract).write(output));

    // then
    String publicPage = html.substring(html.indexOf("<section class=\"page\" id=\"page-public\""));
    assertThat(publicPage).contains("no public_statistics table").doesNotContain("chart-public_");
  }

  @Test
  void theSocialOrganisationsPageDrawsTheStreetsAgainstTheTargetAndTheYearsAgainstTheGoal()
      throws Exception {
    // given
    ServedDistrict.serve(contract, output, true);

    // when
    String social = page(Files.readString(new HtmlReport(contract).write(output)), "social");

    // then: the headline year's streets and table, the district's years, labels of the mart
    assertThat(social)
        .contains("社会组织 <small>Social organisations</small>")
        .contains("id=\"chart-social_per_10k_by_street\"", "id=\"chart-social_new_registrations\"")
        .contains("id=\"chart-social_by_category\"", "id=\"chart-social_projects\"")
        .contains("id=\"chart-social_association_matters\"")
        .contains("id=\"table-social_organisations_summary\"")
        .contains("每万人社区社会组织数", "Social organisations per 10,000 residents by street (2023)")
        .contains("id=\"social-per-10k\"", "id=\"social-new\"", "年度新登记目标数");
  }

  @Test
  void theSocialOrganisationsPageSaysSoWhenTheInputHadNone() throws Exception {
    // given an input without social organisations: the mart is served empty
    Path served = ServedDistrict.serve(contract, output, true);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + served);
        Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM social_organisations_summary");
    }

    // when
    String social = page(Files.readString(new HtmlReport(contract).write(output)), "social");

    // then
    assertThat(social).contains("nothing to show here").doesNotContain("chart-social_");
  }

  /** The section of one page. */
  private static String page(String html, String id) {
    String start = "<section class=\"page\" id=\"page-" + id + "\"";
    String section = html.substring(html.indexOf(start));
    return section.substring(0, section.indexOf("</section>"));
  }

  @Test
  void withoutAServedDatabaseSaysWhatToRunFirst() {
    assertThatThrownBy(() -> new HtmlReport(contract).write(output))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("serving/jianfu.duckdb")
        .hasMessageContaining("./jianfu run");
  }
}
