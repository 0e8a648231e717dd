package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import jianfu.dashboards.serving.Headline;
import jianfu.pipelines.disclosure.SubtractionAttack.Derivation;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./jianfu demo}, as a user runs it: the demo district generated into the output folder's
 * {@code input/}, then run into the folder ({@code generate} is run in HostilePathsIT).
 */
class RunCommandIT {

  private static final Map<String, Double> REPORTED_REDUCTIONS =
      Map.of("work_items", 60.0, "activities", 85.0, "signboards", 75.0, "ledger_volumes", 85.0);

  private final Contract contract = Contract.load();

  @TempDir static Path folder;
  private static Path input;
  private static Path output;
  private static Connection served;

  @BeforeAll
  static void runTheDemo() throws SQLException {
    output = folder.resolve("output");
    input = output.resolve("input");
    assertThat(JianfuCommand.commandLine().execute("demo", "--output", output.toString())).isZero();
    // Read-only, as dashboards open it (and as Headline does in the same JVM).
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    served =
        DriverManager.getConnection(
            "jdbc:duckdb:" + output.resolve("serving/jianfu.duckdb"), readOnly);
  }

  @AfterAll
  static void closeServedDatabase() throws SQLException {
    served.close();
  }

  @Test
  void everyMartIsWrittenAsParquetAndServedWithEveryContractColumn() throws SQLException {
    for (OutputTable mart : contract.marts()) {
      assertThat(output.resolve("marts").resolve(mart.table())).isDirectory();
      assertThat(servedColumns(mart.table())).as(mart.table()).isEqualTo(mart.columnNames());
      assertThat(count("SELECT count(*) FROM " + mart.table())).as(mart.table()).isPositive();
    }
  }

  @Test
  void everyRowOfEveryInputFileIsAccountedFor() throws Exception {
    List<Path> files;
    try (Stream<Path> listing = Files.list(input)) {
      files = listing.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      long records = countRecords(file);
      String where = " FROM ingest_audit WHERE source_file LIKE '%" + file.getFileName() + "'";
      assertThat(count("SELECT count(*)" + where)).as(file.toString()).isEqualTo(1);
      assertThat(count("SELECT rows_read" + where)).as(file.toString()).isEqualTo(records);
      assertThat(count("SELECT rows_loaded + rows_collapsed + rows_quarantined" + where))
          .isEqualTo(records);
    }
    for (String table : contract.sources().stream().map(s -> s.table()).toList()) {
      long loaded =
          count(
              "SELECT coalesce(sum(rows_loaded), 0) FROM ingest_audit WHERE table_name = '"
                  + table
                  + "'");
      long quarantined =
          count(
              "SELECT coalesce(sum(rows_quarantined), 0) FROM ingest_audit WHERE table_name = '"
                  + table
                  + "'");
      assertThat(count(parquetCount(output.resolve("raw").resolve(table))))
          .as(table)
          .isEqualTo(loaded);
      if (quarantined > 0) {
        assertThat(count(parquetCount(output.resolve("quarantine").resolve(table))))
            .as(table)
            .isEqualTo(quarantined);
      }
    }
    assertThat(count("SELECT sum(rows_quarantined) FROM ingest_audit"))
        .as("the demo's flawed rows")
        .isPositive();
  }

  @Test
  void theComplianceViewsServedTablesAgreeWithTheMarts() throws SQLException {
    // agreement_coverage_by_street, summed over the streets, is agreement_coverage
    String byDepartment =
        "SELECT year, dept_code, sum(tasks_entrusted) AS t, sum(tasks_with_entrustment) AS e,"
            + " sum(tasks_with_undertaking) AS u, sum(tasks_covered) AS c"
            + " FROM agreement_coverage_by_street GROUP BY ALL";
    assertThat(count("SELECT count(*) FROM agreement_coverage_by_street")).isPositive();
    assertThat(
            count(
                "SELECT count(*) FROM ("
                    + byDepartment
                    + ") s FULL JOIN (SELECT * FROM agreement_coverage WHERE dept_code <> 'ALL') m"
                    + " USING (year, dept_code) WHERE s.t IS DISTINCT FROM m.tasks_entrusted"
                    + " OR s.e IS DISTINCT FROM m.tasks_with_entrustment"
                    + " OR s.u IS DISTINCT FROM m.tasks_with_undertaking"
                    + " OR s.c IS DISTINCT FROM m.tasks_covered"))
        .isZero();
    // approvals_breaking_rules lists what access_funnel's compliance columns count
    for (String rule :
        List.of(
            "approved_without_consultation",
            "approved_despite_disagreement",
            "approved_without_legal_basis",
            "consulted_after_decision")) {
      assertThat(
              count(
                  "SELECT count(*) FROM (SELECT year, dept_code, count(*) AS n"
                      + " FROM approvals_breaking_rules WHERE rule = '"
                      + rule
                      + "' GROUP BY ALL) b FULL JOIN (SELECT year, dept_code, "
                      + rule
                      + " AS n FROM access_funnel WHERE dept_code <> 'ALL' AND "
                      + rule
                      + " > 0) f USING (year, dept_code) WHERE b.n IS DISTINCT FROM f.n"))
          .as(rule)
          .isZero();
    }
    assertThat(count("SELECT count(*) FROM approvals_breaking_rules")).isPositive();
    // undertaking_agreements_missing lists the communities whose undertaking_signed is false
    assertThat(count("SELECT count(*) FROM undertaking_agreements_missing"))
        .isPositive()
        .isEqualTo(count("SELECT count(*) FROM community_scorecard WHERE NOT undertaking_signed"));
  }

  @Test
  void theHeadlineReproducesTheReportedReductionsWithinOnePoint() throws SQLException {
    Headline headline = Headline.read(output.resolve("serving/jianfu.duckdb"));
    assertThat(headline.measures()).hasSize(4);
    for (Headline.Figure measure : headline.measures()) {
      BigDecimal reduction = measure.reductionPct();
      assertThat(reduction).as(measure.measure().name()).isNotNull();
      assertThat(reduction.doubleValue())
          .as(measure.measure().name())
          .isCloseTo(REPORTED_REDUCTIONS.get(measure.measure().name()), within(1.0));
      assertThat(reduction.doubleValue())
          .as(measure.measure().name())
          .isCloseTo(likeForLikeReduction(measure.measure().name()), within(0.05));
    }
  }

  /**
   * The headline year's reduction recomputed from the communities' figures: over the communities
   * that reported the measure both in the baseline year and in the headline year.
   */
  private static double likeForLikeReduction(String measure) throws SQLException {
    try (Statement statement = served.createStatement();
        ResultSet result =
            statement.executeQuery(
                """
                WITH years AS (
                  SELECT min(year) AS baseline, max(headline_year) AS headline FROM burden_summary),
                base AS (
                  SELECT org_code, %1$s AS v FROM burden_by_community, years
                  WHERE year = baseline AND %1$s IS NOT NULL),
                now AS (
                  SELECT org_code, %1$s AS v FROM burden_by_community, years
                  WHERE year = headline AND %1$s IS NOT NULL)
                SELECT 100.0 * (sum(base.v) - sum(now.v)) / sum(base.v)
                FROM base JOIN now USING (org_code)
                """
                    .formatted(measure))) {
      result.next();
      return result.getDouble(1);
    }
  }

  @Test
  void publicFilesAreWrittenAndNameNoCommunityAndNoDepartment() throws Exception {
    // given
    PublicDisclosure disclosure = new PublicDisclosure(input, output, served);
    List<String> forbidden = disclosure.forbiddenIdentifiers();

    // then
    assertThat(forbidden).hasSizeGreaterThan(100);
    assertThat(output.resolve("public"))
        .isDirectoryContaining("glob:**/statistics.csv")
        .isDirectoryContaining("glob:**/statistics.json")
        .isDirectoryContaining("glob:**/bulletin.html");
    for (String text : disclosure.publicTexts()) {
      for (String identifier : forbidden) {
        assertThat(text).as("public files must not name %s", identifier).doesNotContain(identifier);
      }
    }
    assertThat(disclosure.csvRows())
        .hasSize((int) count("SELECT count(*) FROM public_statistics"))
        .extracting(row -> row.get("area_level"))
        .containsOnly("DISTRICT", "STREET");
  }

  @Test
  void theSocialOrganisationsFiguresArePublishedAndAttackedButNoOrganisationIsNamed()
      throws Exception {
    // given the demo's organisations, whose names and numbers the first test looks for
    PublicDisclosure disclosure = new PublicDisclosure(input, output, served);

    // then
    assertThat(disclosure.socialOrganisationIdentifiers()).isNotEmpty();
    assertThat(disclosure.csvRows())
        .extracting(row -> row.get("indicator_code"))
        .contains("social_orgs", "social_orgs_per_10k_residents", "new_social_orgs");
    assertThat(disclosure.subtractionDerivations())
        .extracting(Derivation::indicatorCode)
        .contains("social_orgs", "new_social_orgs");
  }

  @Test
  void suppressedAreasShowNoFigureAnywhere() throws Exception {
    // given the industrial park has 2 communities: suppressed (A), the next smallest street too (D)
    PublicDisclosure disclosure = new PublicDisclosure(input, output, served);
    int latest = (int) count("SELECT max(year) FROM public_statistics");
    String park = "海陵工业园区";

    // then
    assertThat(disclosure.suppressedCsvRows())
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.get("value")).isEmpty())
        .extracting(row -> row.get("conf_status"))
        .contains("A", "D");
    String parkCode =
        disclosure.suppressedCsvRows().stream()
            .filter(row -> row.get("conf_status").equals("A"))
            .map(row -> row.get("area_code"))
            .findFirst()
            .orElseThrow();
    String parkRow = disclosure.bulletinRowOf(park);
    assertThat(parkRow).contains("—<sup>¹</sup>");
    for (String figure : disclosure.trueFiguresOf(parkCode, latest)) {
      assertThat(parkRow).doesNotContain(">" + figure + "<");
    }
  }

  @Test
  void subtractingThePublishedStreetsFromTheDistrictRevealsNoAreaBelowTheThreshold()
      throws Exception {
    // given the industrial park (2 communities) is suppressed: the attack derives something
    PublicDisclosure disclosure = new PublicDisclosure(input, output, served);
    List<Derivation> derived = disclosure.subtractionDerivations();
    int threshold = disclosure.publishedThreshold();

    // then whatever it derives covers at least the threshold's communities
    assertThat(threshold).isEqualTo(3);
    assertThat(derived).isNotEmpty();
    assertThat(derived)
        .allSatisfy(d -> assertThat(d.communities()).isGreaterThanOrEqualTo(threshold));
  }

  @Test
  void theRunWritesTheReportWithTheHeadlineOfTheServedFileAndReportRewritesIt() throws Exception {
    Path written = output.resolve("report/index.html");
    assertThat(written).isRegularFile();
    Files.delete(written);
    assertThat(JianfuCommand.commandLine().execute("report", "--output", output.toString()))
        .isZero();
    String page = Files.readString(written);
    for (Headline.Figure measure :
        Headline.read(output.resolve("serving/jianfu.duckdb")).measures()) {
      assertThat(page)
          .contains(
              "id=\"headline-"
                  + measure.measure().name()
                  + "\" data-value=\""
                  + measure.reductionPct().toPlainString()
                  + "\"");
    }
  }

  private long countRecords(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      long records = 0;
      for (var ignored : parser) {
        records++;
      }
      return records;
    }
  }

  private static String parquetCount(Path folder) {
    return "SELECT count(*) FROM read_parquet('" + folder.resolve("*.parquet") + "')";
  }

  private static long count(String sql) throws SQLException {
    try (Statement statement = served.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private List<String> servedColumns(String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Statement statement = served.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_name = '"
                    + table
                    + "' ORDER BY ordinal_position")) {
      while (rows.next()) {
        columns.add(rows.getString(1));
      }
    }
    return columns;
  }
}
