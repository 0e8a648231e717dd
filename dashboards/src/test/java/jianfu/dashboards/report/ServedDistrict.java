package jianfu.dashboards.report;

import static java.util.Map.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jianfu.dashboards.serving.ServingDatabase;
import jianfu.dashboards.serving.SyntheticOutput;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;

/**
 * A served file whose marts are shaped like a district's: three years, the district and two streets
 * (the second with two communities, so its public figures are suppressed), five communities, four
 * departments. 2022 and 2023 are FINAL, 2024 is PROVISIONAL, so the headline year is 2023. Key
 * columns come from a grid per mart; every other contract column gets a pseudo-random value of its
 * type (DuckDB's hash), doubles sometimes null.
 */
final class ServedDistrict {

  private static final String YEARS = "range(2022, 2025) y(year)";

  /** The latest FINAL year of the district: the headline year. */
  static final int HEADLINE_YEAR = 2023;

  private static final String STATUS =
      "CASE WHEN year <= "
          + HEADLINE_YEAR
          + " THEN 'FINAL' ELSE 'PROVISIONAL' END AS status, "
          + HEADLINE_YEAR
          + " AS headline_year";
  private static final String GRADE =
      "['EXCELLENT', 'GOOD', 'PASS', 'FAIL', NULL][(1 + hash(year, 'grade', %s) %% 5)::BIGINT] AS grade";

  /**
   * The codes of the district's areas and departments. Streets: the first has three communities,
   * the second two (so its public figures are suppressed).
   */
  record Codes(
      String district,
      String street1,
      String street2,
      List<String> communitiesOfStreet1,
      List<String> communitiesOfStreet2,
      List<String> departments) {

    /**
     * What the charts put on their category axes: the names of the departments, the district and
     * the streets (communities are in tables only).
     */
    List<String> onChartAxes() {
      List<String> names =
          new ArrayList<>(departments.stream().map(ServedDistrict::nameOf).toList());
      names.add(nameOf(district, "DISTRICT"));
      names.add(nameOf(street1, "STREET"));
      names.add(nameOf(street2, "STREET"));
      return names;
    }
  }

  static final Codes PLAIN =
      new Codes(
          "321202",
          "S1",
          "S2",
          List.of("C11", "C12", "C13"),
          List.of("C21", "C22"),
          List.of("D01", "D02", "D03", "D04"));

  /**
   * Codes a hostile data supplier chose: markup that ends a script or opens a comment, attributes
   * that run script, an entity, line and paragraph separators, spreadsheet formulas. Every code the
   * report shows (in axes, tooltips, tables and big numbers) is one of these.
   */
  static final Codes HOSTILE =
      new Codes(
          "321202<!--<script>",
          "S1\"><img src=x onerror=\"window.__pwned=1\">",
          "S2</script><script>window.__pwned=1</script>",
          List.of("C11<!--<script>", "C12&lt;", "=HYPERLINK(\"http://x\")"),
          List.of("C21<svg onload=window.__pwned=1>", "@SUM(1)"),
          List.of("D01<!--<script>", "D02</script>", "+1'\"&amp;", "-2+3\u2028\u2029"));

  private ServedDistrict() {}

  /** The key (and enum) columns of every mart, one row per key. */
  private static Map<String, String> grids(Codes codes) {
    String departments = values("dept_code", codes.departments());
    String communities =
        "(SELECT org_code, "
            + literal(codes.street1())
            + " AS street_code FROM "
            + values("org_code", codes.communitiesOfStreet1())
            + " UNION ALL SELECT org_code, "
            + literal(codes.street2())
            + " FROM "
            + values("org_code", codes.communitiesOfStreet2())
            + ")";
    return Map.ofEntries(
        entry(
            "burden_by_community",
            "SELECT year, org_code, street_code FROM " + YEARS + ", " + communities),
        entry(
            "burden_summary",
            "SELECT year, level, org_code, 2022 AS baseline_year, "
                + STATUS
                + " FROM "
                + YEARS
                + ", (VALUES ('DISTRICT', %s), ('STREET', %s), ('STREET', %s)) a(level, org_code)"
                    .formatted(
                        literal(codes.district()),
                        literal(codes.street1()),
                        literal(codes.street2()))),
        entry(
            "access_funnel",
            "SELECT year, dept_code FROM "
                + YEARS
                + ", (SELECT * FROM "
                + departments
                + " UNION ALL SELECT 'ALL')"),
        entry("support_fulfilment", "SELECT year, dept_code FROM " + YEARS + ", " + departments),
        entry(
            "agreement_coverage",
            "SELECT year, dept_code FROM "
                + YEARS
                + ", (SELECT * FROM "
                + departments
                + " UNION ALL SELECT 'ALL')"),
        entry(
            "department_scorecard",
            "SELECT year, dept_code, "
                + GRADE.formatted("dept_code")
                + " FROM "
                + YEARS
                + ", "
                + departments),
        entry(
            "community_scorecard",
            "SELECT year, org_code, street_code, "
                + GRADE.formatted("org_code")
                + " FROM "
                + YEARS
                + ", "
                + communities),
        entry(
            "reporting_rates",
            "SELECT year, level, area_code, dataset FROM "
                + YEARS
                + ", (SELECT 'DISTRICT' AS level, %s AS area_code UNION ALL SELECT 'STREET', %s"
                    .formatted(literal(codes.district()), literal(codes.street1()))
                + " UNION ALL SELECT 'STREET', "
                + literal(codes.street2())
                + " UNION ALL SELECT 'COMMUNITY', org_code FROM "
                + communities
                + "), (SELECT unnest(['WORK_ITEMS', 'LEDGERS', 'SIGNBOARDS', 'ACTIVITIES', 'ALL'])"
                + " AS dataset)"),
        entry(
            "validation_violations",
            "SELECT year, org_code, street_code, rule_code FROM "
                + YEARS
                + ", "
                + communities
                + ", (SELECT unnest(['WORK_ITEMS_FELL_80', 'LEDGER_VOLUMES_OVER_3000']) AS rule_code)"
                + " WHERE hash(year, org_code, rule_code) % 3 = 0"),
        entry("public_statistics", publicStatistics(codes)),
        entry(
            "social_organisations_summary",
            "SELECT year, level, area_code FROM "
                + YEARS
                + ", (VALUES ('DISTRICT', %s), ('STREET', %s), ('STREET', %s)) a(level, area_code)"
                    .formatted(
                        literal(codes.district()),
                        literal(codes.street1()),
                        literal(codes.street2()))));
  }

  /** {@code (VALUES ('a'), ('b')) v(column)}. */
  private static String values(String column, List<String> codes) {
    return codes.stream()
        .map(code -> "(" + literal(code) + ")")
        .collect(Collectors.joining(", ", "(VALUES ", ") v(" + column + ")"));
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * Builds {@code <output>/serving/jianfu.duckdb}, with or without {@code public_statistics} (in
   * the shape that mart is declared with).
   */
  static Path serve(Contract contract, Path output, boolean withPublicStatistics) throws Exception {
    return serve(contract, output, withPublicStatistics, PLAIN);
  }

  /**
   * As {@link #serve(Contract, Path, boolean)}, the areas and departments named by {@code codes}.
   */
  static Path serve(Contract contract, Path output, boolean withPublicStatistics, Codes codes)
      throws Exception {
    Map<String, String> grids = grids(codes);
    ServingDatabase serving = new ServingDatabase(contract);
    SyntheticOutput.writeTables(serving, output, 1); // every served table, the audit among them
    writeOrgUnits(output.resolve("raw").resolve("org_units").resolve("part-0.parquet"), codes);
    writeDepartments(output.resolve("raw").resolve("departments").resolve("part-0.parquet"), codes);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      for (OutputTable mart : contract.marts()) {
        Path parquet = output.resolve("marts").resolve(mart.table()).resolve("part-0.parquet");
        Files.delete(parquet);
        statement.execute(
            "COPY ("
                + martRows(statement, mart, grids)
                + ") TO '"
                + parquet
                + "' (FORMAT parquet)");
      }
    }
    Path served = serving.build(output);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + served);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + PublicStatisticsPage.TABLE);
      if (withPublicStatistics) {
        statement.execute(
            "CREATE TABLE " + PublicStatisticsPage.TABLE + " AS " + publicStatistics(codes));
      }
    }
    return served;
  }

  /**
   * The raw org_units of the district, each area named after its code ({@link #nameOf}), so the
   * pages that show names show what a supplier typed.
   */
  private static void writeOrgUnits(Path parquet, Codes codes) throws SQLException {
    List<String> rows = new ArrayList<>();
    rows.add(orgUnit(codes.district(), "DISTRICT", null));
    rows.add(orgUnit(codes.street1(), "STREET", codes.district()));
    rows.add(orgUnit(codes.street2(), "STREET", codes.district()));
    codes.communitiesOfStreet1().forEach(c -> rows.add(orgUnit(c, "COMMUNITY", codes.street1())));
    codes.communitiesOfStreet2().forEach(c -> rows.add(orgUnit(c, "COMMUNITY", codes.street2())));
    writeRows(parquet, "org_code, org_name, level, parent_code, community_type, residents", rows);
  }

  /** The raw departments of the district, each named after its code ({@link #nameOf(String)}). */
  private static void writeDepartments(Path parquet, Codes codes) throws SQLException {
    List<String> rows =
        codes.departments().stream()
            .map(code -> "(%s, %s, 'GOVERNMENT')".formatted(literal(code), literal(nameOf(code))))
            .toList();
    writeRows(parquet, "dept_code, dept_name, category", rows);
  }

  /**
   * Writes the SQL value rows {@code rows}, of the columns {@code columns}, to one Parquet file.
   */
  private static void writeRows(Path parquet, String columns, List<String> rows)
      throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "COPY (SELECT * FROM (VALUES "
              + String.join(", ", rows)
              + ") t("
              + columns
              + ")) TO "
              + literal(parquet.toString())
              + " (FORMAT parquet)");
    }
  }

  /** A department's name in the served departments: its code and the word for a bureau. */
  static String nameOf(String departmentCode) {
    return departmentCode + "局";
  }

  /** An area's name in the served org_units: its code and the word for its level. */
  static String nameOf(String code, String level) {
    return code
        + switch (level) {
          case "DISTRICT" -> "区";
          case "STREET" -> "街道";
          default -> "社区";
        };
  }

  private static String orgUnit(String code, String level, String parent) {
    boolean community = level.equals("COMMUNITY");
    return "(%s, %s, '%s', %s, %s, %s)"
        .formatted(
            literal(code),
            literal(nameOf(code, level)),
            level,
            parent == null ? "NULL" : literal(parent),
            community ? "'URBAN'" : "NULL",
            community ? "1000" : "NULL");
  }

  private static String martRows(Statement statement, OutputTable mart, Map<String, String> grids)
      throws SQLException {
    String grid = grids.get(mart.table());
    if (grid == null) {
      throw new IllegalStateException("ServedDistrict has no grid for the mart " + mart.table());
    }
    Set<String> gridColumns = columnsOf(statement, grid);
    List<String> values = new ArrayList<>();
    for (OutputColumn column : mart.columns()) {
      values.add(
          gridColumns.contains(column.name())
              ? column.name()
              : valueOf(column) + " AS " + column.name());
    }
    return "SELECT " + String.join(", ", values) + " FROM (" + grid + ") g";
  }

  private static String valueOf(OutputColumn column) {
    String hash = "hash(g, '" + column.name() + "')";
    String type = column.type();
    if (type.equals("boolean")) {
      return hash + " % 3 = 0";
    }
    if (type.equals("string")) {
      return "'x'";
    }
    if (type.equals("double")) {
      String scale =
          column.name().endsWith("_rate") || column.name().endsWith("_fulfilment")
              ? "1000.0"
              : "10.0";
      return "CASE WHEN "
          + hash
          + " % 9 = 0 THEN NULL ELSE ("
          + hash
          + " % 1000) / "
          + scale
          + " END";
    }
    if (type.startsWith("decimal")) {
      return "(" + hash + " % 1000) / 10.0";
    }
    return "(" + hash + " % 50)::BIGINT"; // int, long
  }

  private static Set<String> columnsOf(Statement statement, String query) throws SQLException {
    try (ResultSet none = statement.executeQuery("SELECT * FROM (" + query + ") LIMIT 0")) {
      ResultSetMetaData meta = none.getMetaData();
      Set<String> names = new HashSet<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        names.add(meta.getColumnLabel(i));
      }
      return names;
    }
  }

  /**
   * public_statistics as the lead declares it: the second street (two communities) is suppressed.
   */
  private static String publicStatistics(Codes codes) {
    String areaFigures =
        "SELECT year, area_code, area_level, suppressed, measure || suffix AS indicator_code FROM "
            + YEARS
            + ", (VALUES (%s, 'DISTRICT', false), (%s, 'STREET', false), (%s, 'STREET', true))"
                .formatted(
                    literal(codes.district()), literal(codes.street1()), literal(codes.street2()))
            + " a(area_code, area_level, suppressed),"
            + " (SELECT unnest(['work_items', 'activities', 'signboards', 'ledger_volumes']) AS measure),"
            + " (SELECT unnest(['', '_per_community', '_reduction_pct']) AS suffix)"
            + " UNION ALL SELECT year, "
            + literal(codes.district())
            + ", 'DISTRICT', false, indicator_code FROM "
            + YEARS
            + ", (SELECT unnest(['applications_submitted', 'applications_approved']) AS indicator_code)";
    return "SELECT year, area_code, area_level, indicator_code,"
        + " CASE WHEN suppressed THEN NULL"
        + " ELSE (hash(year, area_code, indicator_code) % 1000) / 10.0 END AS value,"
        + " CASE WHEN ends_with(indicator_code, '_pct') THEN '%' ELSE 'count' END AS unit,"
        + " 0 AS unit_mult, 1 AS decimals, 2022 AS baseline_year, DATE '2026-01-15' AS as_of,"
        + " CASE WHEN suppressed THEN 'SUPPRESSED' WHEN year > "
        + HEADLINE_YEAR
        + " THEN 'PROVISIONAL' ELSE 'PUBLISHED' END AS status,"
        + " CASE WHEN suppressed THEN 'PRIMARY' END AS suppression,"
        + " 'A' AS obs_status, CASE WHEN suppressed THEN 'A' ELSE 'F' END AS conf_status"
        + " FROM ("
        + areaFigures
        + ")";
  }
}
