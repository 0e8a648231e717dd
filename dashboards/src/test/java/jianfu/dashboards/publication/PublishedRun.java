package jianfu.dashboards.publication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's output made up for the publication tests: a served DuckDB file with public_statistics and
 * raw org_units. District D1 海陵区; streets S1 城东街道 (published), S2 工业园区 (2 communities, suppressed
 * A), S3 华港镇 (suppressed D); community C1 春园社区 in org_units only. Years 2024 and 2025, baseline
 * 2022: district work items 8000 then 6455 (60.0% below the baseline 16138).
 */
final class PublishedRun {

  static final String COMMUNITY_NAME = "春园社区";
  static final String COMMUNITY_CODE = "321202001001";

  private PublishedRun() {}

  static Path served(Path output) throws Exception {
    Path orgUnits = output.resolve("raw").resolve("org_units");
    Files.createDirectories(orgUnits);
    Path served = output.resolve("serving").resolve("jianfu.duckdb");
    Files.createDirectories(served.getParent());
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + served);
        Statement sql = duck.createStatement()) {
      sql.execute(
          """
          COPY (SELECT * FROM (VALUES ('D1', '海陵区', 'DISTRICT'), ('S1', '城东街道', 'STREET'),
            ('S2', '工业园区', 'STREET'), ('S3', '华港镇', 'STREET'),
            ('%s', '%s', 'COMMUNITY')) t(org_code, org_name, level))
          TO '%s' (FORMAT parquet)
          """
              .formatted(COMMUNITY_CODE, COMMUNITY_NAME, orgUnits.resolve("part-0.parquet")));
      sql.execute(
          """
          CREATE TABLE public_statistics (year INTEGER, area_code VARCHAR, area_level VARCHAR,
            indicator_code VARCHAR, value DOUBLE, unit VARCHAR, unit_mult INTEGER,
            decimals INTEGER, baseline_year INTEGER, as_of DATE, status VARCHAR,
            suppression VARCHAR, obs_status VARCHAR, conf_status VARCHAR)
          """);
      for (String row : rows()) {
        sql.execute("INSERT INTO public_statistics VALUES " + row);
      }
    }
    return served;
  }

  private static List<String> rows() {
    List<String> rows = new ArrayList<>();
    String[][] district = {
      {"work_items", "8000", "6455", "项", "0"},
      {"work_items_per_community", "66.66", "53.79", "项/社区", "1"},
      {"work_items_reduction_pct", "50.4", "60.0", "%", "1"},
      {"activities", "2000", "1077", "次", "0"},
      {"activities_reduction_pct", "72.2", "85.0", "%", "1"},
      {"signboards", "3000", "2130", "块", "0"},
      {"signboards_reduction_pct", "64.8", "75.0", "%", "1"},
      {"ledger_volumes", "40000", "28652", "本", "0"},
      {"ledger_volumes_reduction_pct", "79.1", "85.0", "%", "1"},
      {"applications_submitted", "200", "150", "件", "0"},
      {"applications_approved", "120", "99", "件", "0"}
    };
    for (String[] indicator : district) {
      rows.add(
          row(2024, "D1", "DISTRICT", indicator[0], indicator[1], indicator[3], indicator[4], "F"));
      rows.add(
          row(2025, "D1", "DISTRICT", indicator[0], indicator[2], indicator[3], indicator[4], "F"));
    }
    for (int year : new int[] {2024, 2025}) {
      rows.add(row(year, "S1", "STREET", "work_items", "700", "项", "0", "F"));
      rows.add(row(year, "S1", "STREET", "work_items_reduction_pct", "-3.25", "%", "1", "F"));
      rows.add(row(year, "S2", "STREET", "work_items", null, "项", "0", "A"));
      rows.add(row(year, "S2", "STREET", "work_items_reduction_pct", null, "%", "1", "A"));
      rows.add(row(year, "S3", "STREET", "work_items", null, "项", "0", "D"));
      rows.add(row(year, "S3", "STREET", "work_items_reduction_pct", null, "%", "1", "D"));
    }
    return rows;
  }

  private static String row(
      int year,
      String area,
      String level,
      String indicator,
      String value,
      String unit,
      String decimals,
      String confStatus) {
    String status = confStatus.equals("F") ? "PUBLISHED" : "SUPPRESSED";
    String suppression =
        switch (confStatus) {
          case "A" -> "'PRIMARY'";
          case "D" -> "'SECONDARY'";
          default -> "NULL";
        };
    return "(%d, '%s', '%s', '%s', %s, '%s', 0, %s, 2022, DATE '2026-01-15', '%s', %s, 'A', '%s')"
        .formatted(
            year,
            area,
            level,
            indicator,
            value == null ? "NULL" : value,
            unit,
            decimals,
            status,
            suppression,
            confStatus);
  }
}
