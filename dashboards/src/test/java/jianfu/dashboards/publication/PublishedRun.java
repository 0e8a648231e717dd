package jianfu.dashboards.publication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jianfu.schemas.DuckDbSql;

/**
 * A run's output made up for the publication tests: a served DuckDB file with public_statistics and
 * org_units. District D1 海陵区; streets S1 城东街道 (published), S2 工业园区 (2 communities, suppressed A),
 * S3 华港镇 (suppressed D); community C1 春园社区 in org_units only. Years 2024 and 2025, baseline 2022:
 * district work items 8000 then 6455 (60.0% below the baseline 16138). Those are the {@link #PLAIN}
 * areas; {@link #HOSTILE} codes and names them as a hostile supplier would.
 */
final class PublishedRun {

  static final String COMMUNITY_NAME = "春园社区";
  static final String COMMUNITY_CODE = "321202001001";

  /** An area of org_units: its code and name. */
  record Area(String code, String name) {}

  /**
   * The district and its streets: the first published, the second suppressed (A, two communities),
   * the third withheld (D).
   */
  record Areas(Area district, Area published, Area suppressed, Area withheld) {}

  static final Areas PLAIN =
      new Areas(
          new Area("D1", "海陵区"),
          new Area("S1", "城东街道"),
          new Area("S2", "工业园区"),
          new Area("S3", "华港镇"));

  /**
   * Codes and names a hostile data supplier chose: markup, script, a line separator, and text a
   * spreadsheet runs (a formula after a comma too, since the district's name is written into the
   * CSV's unquoted comment lines).
   */
  static final Areas HOSTILE =
      new Areas(
          new Area("D1<!--<script>", "海陵区,=HYPERLINK(\"http://x.example/\")\u2028</script>"),
          new Area("=HYPERLINK(\"http://x.example/\")", "\"><img src=x onerror=alert(1)>"),
          new Area("+1", "@SUM(A1:A9)"),
          new Area("-2+3", "\t=1+1;=2+2\r\n-3"));

  private PublishedRun() {}

  static Path served(Path output) throws Exception {
    return served(output, PLAIN);
  }

  /** As {@link #served(Path)}, the district and streets coded and named as {@code areas}. */
  static Path served(Path output, Areas areas) throws Exception {
    Path served = output.resolve("serving").resolve("jianfu.duckdb");
    Files.createDirectories(served.getParent());
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      sql.execute(DuckDbSql.attach(served, "served", "READ_WRITE"));
      sql.execute("USE served");
      sql.execute(
          """
          CREATE TABLE org_units AS SELECT * FROM (VALUES (%s, %s, 'DISTRICT'),
            (%s, %s, 'STREET'), (%s, %s, 'STREET'), (%s, %s, 'STREET'),
            ('%s', '%s', 'COMMUNITY')) t(org_code, org_name, level)
          """
              .formatted(
                  DuckDbSql.literal(areas.district().code()),
                  DuckDbSql.literal(areas.district().name()),
                  DuckDbSql.literal(areas.published().code()),
                  DuckDbSql.literal(areas.published().name()),
                  DuckDbSql.literal(areas.suppressed().code()),
                  DuckDbSql.literal(areas.suppressed().name()),
                  DuckDbSql.literal(areas.withheld().code()),
                  DuckDbSql.literal(areas.withheld().name()),
                  COMMUNITY_CODE,
                  COMMUNITY_NAME));
      sql.execute(
          """
          CREATE TABLE public_statistics (year INTEGER, area_code VARCHAR, area_level VARCHAR,
            indicator_code VARCHAR, value DOUBLE, unit VARCHAR, unit_mult INTEGER,
            decimals INTEGER, baseline_year INTEGER, as_of DATE, status VARCHAR,
            suppression VARCHAR, obs_status VARCHAR, conf_status VARCHAR)
          """);
      for (String row : rows(areas)) {
        sql.execute("INSERT INTO public_statistics VALUES " + row);
      }
    }
    return served;
  }

  /**
   * Adds the social organisations of 2025 to a served file of {@link #PLAIN} areas: the district
   * 455 active (11.27 per 10,000 residents), 108 new; S1 40, 9.95, 7; S2 and S3 withheld as their
   * other figures.
   */
  static void addSocialOrganisations(Path served) throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      sql.execute(DuckDbSql.attach(served, "served", "READ_WRITE"));
      sql.execute("USE served");
      String[][] figures = {
        {"social_orgs", "455", "40", "个", "0"},
        {"social_orgs_per_10k_residents", "11.27", "9.95", "个/万人", "1"},
        {"new_social_orgs", "108", "7", "个", "0"}
      };
      for (String[] figure : figures) {
        for (String row :
            List.of(
                row(2025, "D1", "DISTRICT", figure[0], figure[1], figure[3], figure[4], "F"),
                row(2025, "S1", "STREET", figure[0], figure[2], figure[3], figure[4], "F"),
                row(2025, "S2", "STREET", figure[0], null, figure[3], figure[4], "A"),
                row(2025, "S3", "STREET", figure[0], null, figure[3], figure[4], "D"))) {
          sql.execute("INSERT INTO public_statistics VALUES " + row);
        }
      }
    }
  }

  private static List<String> rows(Areas areas) {
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
    String districtCode = areas.district().code();
    for (String[] indicator : district) {
      rows.add(
          row(
              2024,
              districtCode,
              "DISTRICT",
              indicator[0],
              indicator[1],
              indicator[3],
              indicator[4],
              "F"));
      rows.add(
          row(
              2025,
              districtCode,
              "DISTRICT",
              indicator[0],
              indicator[2],
              indicator[3],
              indicator[4],
              "F"));
    }
    for (int year : new int[] {2024, 2025}) {
      String published = areas.published().code();
      String suppressed = areas.suppressed().code();
      String withheld = areas.withheld().code();
      rows.add(row(year, published, "STREET", "work_items", "700", "项", "0", "F"));
      rows.add(row(year, published, "STREET", "work_items_reduction_pct", "-3.25", "%", "1", "F"));
      rows.add(row(year, suppressed, "STREET", "work_items", null, "项", "0", "A"));
      rows.add(row(year, suppressed, "STREET", "work_items_reduction_pct", null, "%", "1", "A"));
      rows.add(row(year, withheld, "STREET", "work_items", null, "项", "0", "D"));
      rows.add(row(year, withheld, "STREET", "work_items_reduction_pct", null, "%", "1", "D"));
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
    return "(%d, %s, '%s', '%s', %s, '%s', 0, %s, 2022, DATE '2026-01-15', '%s', %s, 'A', '%s')"
        .formatted(
            year,
            DuckDbSql.literal(area),
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
