package jianfu.dashboards.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.OutputColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compliance views' derived tables on a hand-worked district: two streets (东街道 with three
 * communities, 西街道 with one), two departments, six applications, four entrustment agreements and
 * four undertaking agreements. Every expected row is worked out by hand below from the definitions
 * (docs/indicators.md; dashboards/README.md, Derived tables).
 */
class ComplianceServingTest {

  private final Contract contract = Contract.load();
  @TempDir Path output;
  private Path served;

  @BeforeEach
  void serveTheDistrict() throws Exception {
    ServingDatabase serving = new ServingDatabase(contract);
    SyntheticOutput.writeTables(serving, output, 1);
    raw(
        "org_units",
        "org_code, org_name, level, parent_code",
        "('0100', '示范区', 'DISTRICT', NULL), ('0110', '东街道', 'STREET', '0100'),"
            + " ('0120', '西街道', 'STREET', '0100'), ('0111', '东一社区', 'COMMUNITY', '0110'),"
            + " ('0112', '东二社区', 'COMMUNITY', '0110'), ('0113', '东三社区', 'COMMUNITY', '0110'),"
            + " ('0121', '西一社区', 'COMMUNITY', '0120')");
    raw("departments", "dept_code, dept_name", "('D01', '民政局'), ('D02', '城管局')");
    // A1 keeps every rule; A2 was neither consulted nor based on a law; A3 met a DISAGREE; A4 was
    // consulted after its rejection; A5 is pending; A6 broke a rule in 2019, no year of the marts
    raw(
        "applications",
        "application_id, dept_code, title, legal_basis, scope, submitted_on, status, decided_on,"
            + " revoked_on",
        "('A1', 'D01', '养老', '《条例》', 'ALL', DATE '2024-01-05', 'APPROVED', DATE '2024-02-01',"
            + " NULL), ('A2', 'D01', '助餐', NULL, 'LISTED', DATE '2024-01-10', 'APPROVED',"
            + " DATE '2024-03-01', NULL), ('A3', 'D02', '垃圾分类', '《办法》', 'LISTED',"
            + " DATE '2024-03-01', 'REVOKED', DATE '2024-04-01', DATE '2024-09-01'),"
            + " ('A4', 'D02', '市容', '《办法》', 'ALL', DATE '2024-04-10', 'REJECTED',"
            + " DATE '2024-05-01', NULL), ('A5', 'D01', '巡查', NULL, 'ALL', DATE '2024-06-01',"
            + " 'PENDING', NULL, NULL), ('A6', 'D02', '违建', NULL, 'LISTED', DATE '2019-02-01',"
            + " 'APPROVED', DATE '2019-03-01', NULL)");
    raw(
        "application_scope",
        "application_id, org_code",
        "('A2', '0121'), ('A3', '0112'), ('A6', '0111')");
    raw(
        "consultations",
        "application_id, org_code, opinion, opined_on",
        "('A1', '0111', 'AGREE', DATE '2024-01-20'), ('A3', '0111', 'AGREE', DATE '2024-03-20'),"
            + " ('A3', '0112', 'DISAGREE', DATE '2024-03-25'),"
            + " ('A4', '0111', 'DISAGREE', DATE '2024-05-10'),"
            + " ('A5', '0111', 'AGREE', DATE '2024-06-05')");
    // E1 signed in time; E2 signed after the year-end; E3 lists A3 but not A6; E4 is of 2023
    raw(
        "entrustment_agreements",
        "agreement_id, dept_code, street_code, year, signed_on",
        "('E1', 'D01', '0110', 2024, DATE '2024-02-10'), ('E2', 'D01', '0120', 2024,"
            + " DATE '2025-01-15'), ('E3', 'D02', '0110', 2024, DATE '2024-03-01'),"
            + " ('E4', 'D01', '0110', 2023, DATE '2023-02-01')");
    raw(
        "entrustment_agreement_items",
        "agreement_id, application_id",
        "('E1', 'A1'), ('E2', 'A1'), ('E2', 'A2'), ('E3', 'A3'), ('E4', 'A1')");
    // 东一 signed in time, 东二 never signed, 西一 signed late; 东三 has none
    raw(
        "undertaking_agreements",
        "org_code, year, signed_on",
        "('0111', 2024, DATE '2024-01-10'), ('0112', 2024, NULL),"
            + " ('0121', 2024, DATE '2025-02-01'), ('0121', 2023, DATE '2023-01-10')");
    mart("access_funnel", "year, dept_code", "(2024, 'ALL')");
    mart("agreement_coverage", "year, dept_code", "(2024, 'ALL')");
    mart(
        "community_scorecard",
        "year, org_code, street_code, tasks_entrusted, undertaking_signed",
        "(2024, '0111', '0110', 3, true), (2024, '0112', '0110', 3, false),"
            + " (2024, '0113', '0110', 1, false), (2024, '0121', '0120', 2, false),"
            + " (2023, '0121', '0120', 1, NULL)");
    served = serving.build(output);
  }

  @Test
  void listsEachApprovalThatBrokeARuleOncePerRuleWithItsDepartmentAndDates() throws Exception {
    assertThat(
            rows(
                "SELECT year, dept_code, dept_name, application_id, rule, status, submitted_on,"
                    + " decided_on, opined_on FROM approvals_breaking_rules"
                    + " ORDER BY application_id, rule"))
        .containsExactly(
            "2024|D01|民政局|A2|approved_without_consultation|APPROVED|2024-01-10|2024-03-01|null",
            "2024|D01|民政局|A2|approved_without_legal_basis|APPROVED|2024-01-10|2024-03-01|null",
            "2024|D02|城管局|A3|approved_despite_disagreement|REVOKED|2024-03-01|2024-04-01|2024-03-25",
            "2024|D02|城管局|A4|consulted_after_decision|REJECTED|2024-04-10|2024-05-01|2024-05-10");
  }

  @Test
  void countsTasksAndTheirAgreementsByStreetAndDepartment() throws Exception {
    // 2024 tasks: A1 at 东一, 东二, 东三, 西一 (scope ALL); A2 at 西一; A3 at 东二 (revoked in
    // September, so in force); A6 at 东一 (approved in 2019). A4 was rejected, A5 is pending.
    // Entrustment: E1 covers A1 in 东街道; E2 was signed late; E3 covers A3, not A6.
    // Undertaking: only 东一's was signed by the year-end.
    assertThat(
            rows(
                "SELECT year, street_code, street_name, dept_code, tasks_entrusted,"
                    + " tasks_with_entrustment, tasks_with_undertaking, tasks_covered"
                    + " FROM agreement_coverage_by_street ORDER BY street_code, dept_code"))
        .containsExactly(
            "2024|0110|东街道|D01|3|3|1|1", "2024|0110|东街道|D02|2|1|1|0", "2024|0120|西街道|D01|2|0|0|0");
  }

  @Test
  void listsTheCommunitiesWhoseUndertakingAgreementWasNotSignedByTheYearEnd() throws Exception {
    assertThat(
            rows(
                "SELECT year, street_name, org_code, community_name, tasks_entrusted, status,"
                    + " signed_on FROM undertaking_agreements_missing ORDER BY year, org_code"))
        .containsExactly(
            "2024|东街道|0112|东二社区|3|UNSIGNED|null",
            "2024|东街道|0113|东三社区|1|NONE|null",
            "2024|西街道|0121|西一社区|2|LATE|2025-02-01");
  }

  /** Replaces the raw Parquet of {@code table} with the given rows, other columns null. */
  private void raw(String table, String columns, String values) throws Exception {
    write(
        output.resolve("raw").resolve(table),
        ServingDatabase.asServed(contract.source(table)).columns(),
        columns,
        values);
  }

  private void mart(String table, String columns, String values) throws Exception {
    write(output.resolve("marts").resolve(table), contract.mart(table).columns(), columns, values);
  }

  private static void write(Path folder, List<OutputColumn> declared, String columns, String values)
      throws Exception {
    List<String> given = List.of(columns.split(",\\s*"));
    String select =
        declared.stream()
            .map(c -> given.contains(c.name()) ? c.name() : "NULL AS " + c.name())
            .collect(Collectors.joining(", "));
    Path parquet = folder.resolve("part-0.parquet");
    Files.delete(parquet);
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "COPY (SELECT "
              + select
              + " FROM (VALUES "
              + values
              + ") t("
              + columns
              + ")) TO "
              + DuckDbSql.literal(parquet.toString())
              + " (FORMAT parquet)");
    }
  }

  private List<String> rows(String sql) throws Exception {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + served, readOnly);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          cells.add(String.valueOf(result.getObject(i)));
        }
        rows.add(String.join("|", cells));
      }
      return rows;
    }
  }
}
