package jianfu.dashboards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report as a person opens it: from disk, in Debian's headless Chromium. Every page loads
 * without console errors, every chart is drawn with one bar or point per mart value, the big
 * numbers and tables are the marts' (the headline year's where the page headlines), and every page
 * names the headline year and the later provisional one. Saves a screenshot of each page under
 * {@code target/report-screenshots/}. {@link HostileNamesReportBrowserIT} runs the same tests on a
 * district with hostile codes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "report-screenshots");
  private static final String LATEST = "(SELECT max(year) FROM department_scorecard)";
  private static final String HEADLINE = "(SELECT max(headline_year) FROM burden_summary)";

  /** Per page, per chart: the count of mart values the chart must draw, asked of the mart. */
  static final Map<String, Map<String, String>> EXPECTED_POINTS = expectedPoints();

  private Connection marts;
  protected ChromeDriver browser;
  private Path page;

  /** The codes of the district the report is written for. */
  protected ServedDistrict.Codes codes() {
    return ServedDistrict.PLAIN;
  }

  /** Where the screenshots of the pages go. */
  protected Path screenshots() {
    return SCREENSHOTS;
  }

  @BeforeAll
  void renderAndOpen(@TempDir Path output) throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && Boolean.getBoolean("jianfu.require.browser")) {
      throw new IllegalStateException(
          CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing: apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(
        installed,
        "skipped: headless Chromium is not installed (apt-get install chromium chromium-driver);"
            + " -Djianfu.require.browser=true makes this a failure");
    Contract contract = Contract.load();
    Path served = ServedDistrict.serve(contract, output, true, codes());
    page = new HtmlReport(contract).write(output);
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    marts = DriverManager.getConnection("jdbc:duckdb:" + served, readOnly);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
            options);
  }

  @AfterAll
  void close() throws SQLException {
    if (browser != null) {
      browser.quit();
    }
    if (marts != null) {
      marts.close();
    }
  }

  @Test
  void everyPageLoadsWithoutConsoleErrorsAndDrawsOnePointPerMartValue() throws Exception {
    for (Map.Entry<String, Map<String, String>> pageCharts : EXPECTED_POINTS.entrySet()) {
      String id = pageCharts.getKey();
      open(id);

      List<String> drawn =
          browser.findElements(By.cssSelector("#page-" + id + " .chart")).stream()
              .map(chart -> chart.getAttribute("data-chart"))
              .toList();
      assertThat(drawn).as(id).containsExactlyInAnyOrderElementsOf(pageCharts.getValue().keySet());
      for (Map.Entry<String, String> chart : pageCharts.getValue().entrySet()) {
        assertThat(canvasWidth(chart.getKey())).as(chart.getKey()).isPositive();
        assertThat(pointsDrawn(chart.getKey()))
            .as(chart.getKey())
            .isEqualTo(count(chart.getValue()));
      }
      screenshot(id);
    }
    List<LogEntry> severe =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertThat(severe).isEmpty();
  }

  @Test
  void theBigNumbersAreTheMarts() throws Exception {
    open(BurdenPage.ID);
    for (String measure : List.of("work_items", "activities", "signboards", "ledger_volumes")) {
      BigDecimal expected =
          decimal(
              "SELECT "
                  + measure
                  + "_reduction_pct FROM burden_summary WHERE level = 'DISTRICT'"
                  + " AND year = headline_year");
      assertThat(decimalOnPage("headline-" + measure)).as(measure).isEqualTo(expected);
    }

    open(PerformancePage.ID);
    assertThat(decimalOnPage("perf-vetoes"))
        .isEqualByComparingTo(
            decimal("SELECT count(*) FROM community_scorecard WHERE veto AND year = " + LATEST));
    assertThat(decimalOnPage("perf-refused"))
        .isEqualByComparingTo(
            decimal(
                "SELECT sum(refused_unsupported) FROM community_scorecard WHERE year = " + LATEST));
    assertThat(decimalOnPage("perf-mean-department-score").doubleValue())
        .isCloseTo(
            decimal("SELECT avg(final_score) FROM department_scorecard WHERE year = " + LATEST)
                .doubleValue(),
            within(1e-9));

    open(PublicStatisticsPage.ID);
    for (String measure : List.of("work_items", "activities", "signboards", "ledger_volumes")) {
      String code = measure + "_reduction_pct";
      assertThat(decimalOnPage("public-" + code))
          .as(code)
          .isEqualByComparingTo(
              decimal(
                  "SELECT value FROM public_statistics WHERE area_level = 'DISTRICT'"
                      + " AND indicator_code = '"
                      + code
                      + "' AND year = "
                      + HEADLINE));
    }

    open(SocialOrganisationsPage.ID);
    String district =
        " FROM social_organisations_summary WHERE level = 'DISTRICT' AND year = " + HEADLINE;
    assertThat(decimalOnPage("social-orgs"))
        .isEqualByComparingTo(decimal("SELECT social_orgs" + district));
    assertThat(decimalOnPage("social-new"))
        .isEqualByComparingTo(decimal("SELECT new_registrations" + district));
    assertThat(decimalOnPage("social-matters"))
        .isEqualByComparingTo(decimal("SELECT association_matters" + district));
    BigDecimal per10k = decimal("SELECT social_orgs_per_10k_residents" + district);
    if (per10k == null) {
      assertThat(decimalOnPage("social-per-10k")).isNull();
    } else {
      assertThat(decimalOnPage("social-per-10k").doubleValue())
          .isCloseTo(per10k.doubleValue(), within(1e-9));
    }

    open(CompletenessPage.ID);
    assertThat(decimalOnPage("completeness-headline-year"))
        .isEqualByComparingTo(decimal("SELECT max(headline_year) FROM burden_summary"));
    BigDecimal rate =
        decimal(
            "SELECT reporting_rate FROM reporting_rates WHERE level = 'DISTRICT'"
                + " AND dataset = 'ALL' AND year = (SELECT max(year) FROM reporting_rates)");
    if (rate == null) {
      assertThat(decimalOnPage("completeness-reporting-rate")).isNull();
    } else {
      assertThat(decimalOnPage("completeness-reporting-rate").doubleValue())
          .isCloseTo(rate.doubleValue(), within(1e-9));
    }
    assertThat(decimalOnPage("completeness-missing"))
        .isEqualByComparingTo(
            decimal(
                "SELECT count(*) FROM reporting_rates WHERE level = 'COMMUNITY'"
                    + " AND dataset <> 'ALL' AND received = 0"
                    + " AND year = (SELECT max(year) FROM reporting_rates)"));
    assertThat(decimalOnPage("completeness-warnings"))
        .isEqualByComparingTo(decimal("SELECT count(*) FROM ingest_warnings"));
  }

  @Test
  void everyPageSaysWhichYearTheHeadlineIsForAndThatTheLaterYearIsProvisional() {
    for (String pageId : EXPECTED_POINTS.keySet()) {
      open(pageId);
      WebElement banner = browser.findElement(By.id("headline-year"));
      assertThat(banner.isDisplayed()).as(pageId).isTrue();
      assertThat(banner.getAttribute("data-year"))
          .isEqualTo(String.valueOf(ServedDistrict.HEADLINE_YEAR));
      assertThat(banner.getText())
          .contains(ServedDistrict.HEADLINE_YEAR + " (latest final year)")
          .contains((ServedDistrict.HEADLINE_YEAR + 1) + " is provisional");
    }
  }

  @Test
  void theTablesHoldTheLatestYearsRowsAndMarkSuppressedCells() throws Exception {
    open(PerformancePage.ID);
    assertThat(rowsOf("department_scorecard"))
        .isEqualTo(count("SELECT count(*) FROM department_scorecard WHERE year = " + LATEST));
    assertThat(rowsOf("community_scorecard"))
        .isEqualTo(count("SELECT count(*) FROM community_scorecard WHERE year = " + LATEST));

    open(CompletenessPage.ID);
    assertThat(rowsOf("returns_outstanding"))
        .isEqualTo(count("SELECT count(*) FROM returns_outstanding"))
        .isPositive();
    assertThat(rowsOf("validation_violations"))
        .isEqualTo(count("SELECT count(*) FROM validation_violations"));
    assertThat(rowsOf("year_status"))
        .isEqualTo(count("SELECT count(*) FROM burden_summary WHERE level = 'DISTRICT'"));

    open(SocialOrganisationsPage.ID);
    assertThat(rowsOf("social_organisations_summary"))
        .isEqualTo(
            count("SELECT count(*) FROM social_organisations_summary WHERE year = " + HEADLINE))
        .isPositive();

    open(PublicStatisticsPage.ID);
    String latestPublic = " WHERE year = " + HEADLINE;
    assertThat(rowsOf("public_statistics"))
        .isEqualTo(
            count("SELECT count(DISTINCT indicator_code) FROM public_statistics" + latestPublic));
    long suppressed =
        count(
            "SELECT count(*) FROM public_statistics" + latestPublic + " AND status = 'SUPPRESSED'");
    assertThat(suppressed).as("the fixture suppresses a street").isPositive();
    assertThat(browser.findElements(By.cssSelector("#table-public_statistics td.suppressed")))
        .hasSize((int) suppressed)
        .allSatisfy(cell -> assertThat(cell.getText()).contains("suppressed"));
  }

  private static Map<String, Map<String, String>> expectedPoints() {
    Map<String, String> burden = new LinkedHashMap<>();
    burden.put(
        "burden_by_year",
        "SELECT count(work_items) + count(activities) + count(signboards) + count(ledger_volumes)"
            + " FROM burden_summary WHERE level = 'DISTRICT'");
    Map<String, String> published = new LinkedHashMap<>();
    for (String measure : List.of("work_items", "activities", "signboards", "ledger_volumes")) {
      String perCommunity = measure + "_per_community";
      burden.put(
          perCommunity + "_by_street",
          "SELECT count(" + perCommunity + ") FROM burden_summary WHERE level = 'STREET'");
      published.put(
          "public_" + perCommunity,
          "SELECT count(value) FROM public_statistics WHERE indicator_code = '"
              + perCommunity
              + "'");
    }
    burden.put(
        "unadmitted_by_department",
        "SELECT count(*) FROM department_scorecard WHERE unadmitted_records > 0");
    burden.put(
        "access_funnel",
        "SELECT count(submitted) + count(approved) + count(rejected) + count(returned)"
            + " + count(withdrawn) + count(pending) + count(revoked)"
            + " FROM access_funnel WHERE dept_code = 'ALL'");
    burden.put(
        "rejection_reasons",
        "SELECT count(rejected_no_legal_basis) + count(rejected_support_not_specific)"
            + " + count(rejected_community_disagreed) FROM access_funnel WHERE dept_code = 'ALL'");
    for (String rate : List.of("personnel_fulfilment", "funding_fulfilment")) {
      burden.put(rate + "_by_department", "SELECT count(" + rate + ") FROM support_fulfilment");
    }
    Map<String, String> performance = new LinkedHashMap<>();
    performance.put(
        "department_ranking",
        "SELECT count(final_score) FROM department_scorecard WHERE year = " + LATEST);
    for (String scorecard : List.of("department_scorecard", "community_scorecard")) {
      performance.put(
          scorecard + "_grades",
          "SELECT count(DISTINCT (year, grade)) FROM " + scorecard + " WHERE grade IS NOT NULL");
    }
    performance.put(
        "deductions_by_department",
        "SELECT count(*) FROM department_scorecard WHERE deduction > 0");
    performance.put(
        "vetoes_refusals_by_street",
        "SELECT 2 * count(DISTINCT street_code) FROM community_scorecard WHERE year = " + LATEST);
    published.put(
        "public_applications",
        "SELECT count(value) FROM public_statistics WHERE area_level = 'DISTRICT'"
            + " AND indicator_code LIKE 'applications_%'");
    Map<String, String> completeness = new LinkedHashMap<>();
    for (String rate : List.of("reporting_rate", "on_time_rate")) {
      completeness.put(
          rate + "_by_street",
          "SELECT count("
              + rate
              + ") FROM reporting_rates WHERE level = 'STREET' AND dataset = 'ALL'");
      completeness.put(
          rate + "_by_dataset",
          "SELECT count(" + rate + ") FROM reporting_rates WHERE level = 'DISTRICT'");
    }
    completeness.put(
        "violations_by_street_and_rule",
        "SELECT count(DISTINCT (street_code, rule_code)) FROM validation_violations");
    completeness.put(
        "warnings_by_table_and_reason",
        "SELECT count(DISTINCT (table_name, reason)) FROM ingest_warnings");
    Map<String, String> compliance = new LinkedHashMap<>();
    String rules = String.join(" + ", CompliancePage.RULES);
    compliance.put(
        "breaches_by_year",
        "SELECT "
            + CompliancePage.RULES.stream()
                .map(rule -> "count(" + rule + ")")
                .collect(java.util.stream.Collectors.joining(" + "))
            + " FROM access_funnel WHERE dept_code = 'ALL'");
    compliance.put(
        "breaches_by_department",
        "SELECT 4 * count(*) FROM (SELECT dept_code FROM access_funnel WHERE dept_code <> 'ALL'"
            + " GROUP BY dept_code HAVING sum("
            + rules
            + ") > 0)");
    compliance.put(
        "matter_days_against_decision_days",
        "SELECT count(median_decision_days) + count(median_matter_days) FROM access_funnel"
            + " WHERE dept_code = 'ALL'");
    compliance.put(
        "coverage_by_department",
        "SELECT count(coverage_rate) FROM agreement_coverage WHERE dept_code <> 'ALL'");
    compliance.put(
        "coverage_by_street",
        "SELECT count(DISTINCT (street_code, year)) FROM agreement_coverage_by_street");
    Map<String, String> social = new LinkedHashMap<>();
    String summary = " FROM social_organisations_summary WHERE level = ";
    social.put(
        "social_per_10k_by_street",
        "SELECT count(social_orgs_per_10k_residents) + count(target_per_10k)"
            + summary
            + "'STREET' AND year = "
            + HEADLINE);
    social.put(
        "social_new_registrations",
        "SELECT count(new_registrations) + count(new_registrations_goal)" + summary + "'DISTRICT'");
    social.put(
        "social_by_category",
        "SELECT count(social_orgs_service) + count(social_orgs_charity)"
            + " + count(social_orgs_purchased_service) + count(social_orgs_self_governance)"
            + " + count(social_orgs_other)"
            + summary
            + "'DISTRICT'");
    social.put(
        "social_projects",
        "SELECT count(purchased_service_projects) + count(venture_projects)"
            + summary
            + "'DISTRICT'");
    for (String figure :
        List.of("project_funding", "beneficiaries", "association_matters", "association_funding")) {
      String column = figure.endsWith("funding") ? figure + "_yuan" : figure;
      social.put("social_" + figure, "SELECT count(" + column + ")" + summary + "'DISTRICT'");
    }
    Map<String, Map<String, String>> pages = new LinkedHashMap<>();
    pages.put(BurdenPage.ID, burden);
    pages.put(CompletenessPage.ID, completeness);
    pages.put(CompliancePage.ID, compliance);
    pages.put(PerformancePage.ID, performance);
    pages.put(SocialOrganisationsPage.ID, social);
    pages.put(PublicStatisticsPage.ID, published);
    return pages;
  }

  protected void open(String pageId) {
    browser.get(page.toUri() + "#" + pageId);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            driver ->
                pageId.equals(
                    ((JavascriptExecutor) driver)
                        .executeScript("return document.body.dataset.page")));
  }

  /** Non-empty data values over every series of the chart, as ECharts holds them. */
  private long pointsDrawn(String chart) {
    Object points =
        browser.executeScript(
            "const chart = echarts.getInstanceByDom(document.getElementById('chart-' + arguments[0]));"
                + "return chart.getOption().series.flatMap((s) => s.data)"
                + ".filter((v) => v !== null && v !== undefined && v !== '-').length;",
            chart);
    return ((Number) points).longValue();
  }

  private long canvasWidth(String chart) {
    Object width =
        browser.executeScript(
            "const canvas = document.querySelector('#chart-' + arguments[0] + ' canvas');"
                + "return canvas ? canvas.width : 0;",
            chart);
    return ((Number) width).longValue();
  }

  private int rowsOf(String table) {
    return browser.findElements(By.cssSelector("#table-" + table + " tbody tr")).size();
  }

  private BigDecimal decimalOnPage(String id) {
    WebElement number = browser.findElement(By.id(id));
    String value = number.getAttribute("data-value");
    return value.isEmpty() ? null : new BigDecimal(value);
  }

  private void screenshot(String pageId) throws Exception {
    Object height = browser.executeScript("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(1400, ((Number) height).intValue()));
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.createDirectories(screenshots());
    Files.copy(
        shot.toPath(), screenshots().resolve(pageId + ".png"), StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(new Dimension(1400, 1000));
  }

  private long count(String sql) throws SQLException {
    BigDecimal value = decimal(sql);
    return value == null ? 0 : value.longValueExact();
  }

  private BigDecimal decimal(String sql) throws SQLException {
    try (Statement statement = marts.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      Object value = result.getObject(1);
      return value == null ? null : new BigDecimal(value.toString());
    }
  }
}
