package jianfu.dashboards.report;

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
import jianfu.dashboards.serving.ServingDatabase;
import jianfu.dashboards.serving.SyntheticOutput;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;

/**
 * A served file whose marts are shaped like a district's: three years, the district and two streets
 * (the second with two communities, so its public figures are suppressed), five communities, four
 * departments. Key columns come from a grid per mart; every other contract column gets a
 * pseudo-random value of its type (DuckDB's hash), doubles sometimes null.
 */
final class ServedDistrict {

  private static final String YEARS = "range(2022, 2025) y(year)";
  private static final String DEPARTMENTS =
      "(VALUES ('D01'), ('D02'), ('D03'), ('D04')) d(dept_code)";
  private static final String COMMUNITIES =
      "(VALUES ('C11', 'S1'), ('C12', 'S1'), ('C13', 'S1'), ('C21', 'S2'), ('C22', 'S2'))"
          + " c(org_code, street_code)";
  private static final String GRADE =
      "['EXCELLENT', 'GOOD', 'PASS', 'FAIL', NULL][(1 + hash(year, 'grade', %s) %% 5)::BIGINT] AS grade";

  /** The key (and enum) columns of every mart, one row per key. */
  private static final Map<String, String> GRIDS =
      Map.of(
          "burden_by_community",
          "SELECT year, org_code, street_code FROM " + YEARS + ", " + COMMUNITIES,
          "burden_summary",
          "SELECT year, level, org_code, 2022 AS baseline_year FROM "
              + YEARS
              + ", (VALUES ('DISTRICT', '321202'), ('STREET', 'S1'), ('STREET', 'S2')) a(level, org_code)",
          "access_funnel",
          "SELECT year, dept_code FROM "
              + YEARS
              + ", (SELECT * FROM "
              + DEPARTMENTS
              + " UNION ALL SELECT 'ALL')",
          "support_fulfilment",
          "SELECT year, dept_code FROM " + YEARS + ", " + DEPARTMENTS,
          "department_scorecard",
          "SELECT year, dept_code, "
              + GRADE.formatted("dept_code")
              + " FROM "
              + YEARS
              + ", "
              + DEPARTMENTS,
          "community_scorecard",
          "SELECT year, org_code, street_code, "
              + GRADE.formatted("org_code")
              + " FROM "
              + YEARS
              + ", "
              + COMMUNITIES,
          "public_statistics",
          publicStatistics());

  private ServedDistrict() {}

  /**
   * Builds {@code <output>/serving/jianfu.duckdb}, with or without {@code public_statistics} (in
   * the shape that mart is declared with).
   */
  static Path serve(Contract contract, Path output, boolean withPublicStatistics) throws Exception {
    ServingDatabase serving = new ServingDatabase(contract);
    SyntheticOutput.writeTables(serving, output, 1); // every served table, the audit among them
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      for (OutputTable mart : contract.marts()) {
        Path parquet = output.resolve("marts").resolve(mart.table()).resolve("part-0.parquet");
        Files.delete(parquet);
        statement.execute(
            "COPY (" + martRows(statement, mart) + ") TO '" + parquet + "' (FORMAT parquet)");
      }
    }
    Path served = serving.build(output);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + served);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + PublicStatisticsPage.TABLE);
      if (withPublicStatistics) {
        statement.execute(
            "CREATE TABLE " + PublicStatisticsPage.TABLE + " AS " + publicStatistics());
      }
    }
    return served;
  }

  private static String martRows(Statement statement, OutputTable mart) throws SQLException {
    String grid = GRIDS.get(mart.table());
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

  /** public_statistics as the lead declares it: street S2 (two communities) is suppressed. */
  private static String publicStatistics() {
    String areaFigures =
        "SELECT year, area_code, area_level, suppressed, measure || suffix AS indicator_code FROM "
            + YEARS
            + ", (VALUES ('321202', 'DISTRICT', false), ('S1', 'STREET', false),"
            + " ('S2', 'STREET', true)) a(area_code, area_level, suppressed),"
            + " (SELECT unnest(['work_items', 'activities', 'signboards', 'ledger_volumes']) AS measure),"
            + " (SELECT unnest(['', '_per_community', '_reduction_pct']) AS suffix)"
            + " UNION ALL SELECT year, '321202', 'DISTRICT', false, indicator_code FROM "
            + YEARS
            + ", (SELECT unnest(['applications_submitted', 'applications_approved']) AS indicator_code)";
    return "SELECT year, area_code, area_level, indicator_code,"
        + " CASE WHEN suppressed THEN NULL"
        + " ELSE (hash(year, area_code, indicator_code) % 1000) / 10.0 END AS value,"
        + " CASE WHEN ends_with(indicator_code, '_pct') THEN '%' ELSE 'count' END AS unit,"
        + " 0 AS unit_mult, 1 AS decimals, 2022 AS baseline_year, DATE '2026-01-15' AS as_of,"
        + " CASE WHEN suppressed THEN 'SUPPRESSED' ELSE 'PUBLISHED' END AS status,"
        + " CASE WHEN suppressed THEN 'PRIMARY' END AS suppression,"
        + " 'A' AS obs_status, CASE WHEN suppressed THEN 'A' ELSE 'F' END AS conf_status"
        + " FROM ("
        + areaFigures
        + ")";
  }
}
