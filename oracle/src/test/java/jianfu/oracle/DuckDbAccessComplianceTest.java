package jianfu.oracle;

import static jianfu.pipelines.SparkSessionTest.PUBLICATION;
import static jianfu.pipelines.SparkSessionTest.REPORTING;
import static jianfu.pipelines.SparkSessionTest.SOCIAL_ORGANISATIONS;
import static jianfu.pipelines.SparkSessionTest.VALIDATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jianfu.schemas.Contract;
import jianfu.schemas.settings.IndicatorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle's v2 access figures worked out by hand: the approvals that broke a rule, the matters
 * along their resubmission chains (forks, loops, years; docs/decisions.md, indicators 21), the
 * agreement coverage and community_scorecard's tasks_unreported and undertaking_signed.
 */
class DuckDbAccessComplianceTest {

  private static final Contract CONTRACT = Contract.load();

  private static final String ORG_UNITS =
      """
      org_code | org_name | level     | parent_code | community_type | residents
      D00      | 区       | DISTRICT  |             |                |
      S01      | 街道一   | STREET    | D00         |                |
      S02      | 街道二   | STREET    | D00         |                |
      C1       | 社区一   | COMMUNITY | S01         | URBAN          | 100
      C2       | 社区二   | COMMUNITY | S01         | URBAN          | 100
      C3       | 社区三   | COMMUNITY | S02         | URBAN          | 100
      """;
  private static final String DEPARTMENTS =
      """
      dept_code | dept_name | category
      P1        | 一        | GOVERNMENT
      P2        | 二        | GOVERNMENT
      P3        | 三        | GOVERNMENT
      """;

  @Test
  void approvalsThatBrokeARuleAndResubmissions(@TempDir Path raw) throws Exception {
    // given applications of 2023, decided on 01-11 unless pending
    RawRows rows = district(2023);
    rows.add(
        "applications",
        """
        application_id | dept_code | title | matter_type | scope | support_personnel \
        | support_funding_yuan | submitted_on | status   | decided_on | reason | revoked_on \
        | legal_basis | resubmission_of
        A1 | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-01-01 | APPROVED | 2023-01-11 |       |            | L |
        A2 | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-01-01 | APPROVED | 2023-01-11 |       |            |   |
        A3 | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-01-01 | REVOKED  | 2023-01-11 | OTHER | 2023-06-01 | L |
        A4 | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-01-01 | REJECTED | 2023-01-11 | OTHER |            |   |
        A5 | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-01-01 | APPROVED | 2023-01-11 |       |            | L |
        A6 | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-01-01 | PENDING  |            |       |            | L |
        A7 | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-01-01 | RETURNED | 2023-01-11 | OTHER |            | L |
        A8 | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-01-01 | APPROVED | 2023-01-11 |       |            | L | A7
        B1 | P2 | t | WORK_ITEM | ALL | 0 | 0 | 2023-01-01 | APPROVED | 2023-01-11 |       |            |   |
        Z1 | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2022-01-01 | APPROVED | 2022-01-11 |       |            |   |
        """);
    rows.add(
        "consultations",
        """
        application_id | org_code | opinion  | opined_on
        A1             | C1       | AGREE    | 2023-01-05
        A3             | C1       | DISAGREE | 2023-01-05
        A3             | C2       | AGREE    | 2023-01-05
        A4             | C1       | DISAGREE | 2023-01-20
        A5             | C1       | AGREE    | 2023-01-11
        A5             | C2       | AGREE    | 2023-01-12
        A5             | C3       | AGREE    | 2023-01-15
        A6             | C1       | AGREE    | 2023-01-20
        A7             | C1       | AGREE    | 2023-01-05
        A8             | C1       | AGREE    | 2023-01-05
        """);

    // when
    Map<List<Object>, Map<String, Object>> funnel = compute(rows, raw, "access_funnel");

    // then P1: A2 unconsulted and without basis (A4 is rejected); A3 approved (since revoked)
    // against C1; A4 (01-20) and A5 (01-12, 01-15; its 01-11 is the decision day) consulted
    // after the decision; A8 re-submits A7. P2: B1. Z1 is of 2022, no reporting year.
    assertThat(funnel.get(List.of(2023, "P1")))
        .contains(
            entry("approved_without_consultation", 1L),
            entry("approved_despite_disagreement", 1L),
            entry("approved_without_legal_basis", 1L),
            entry("consulted_after_decision", 2L),
            entry("resubmissions", 1L));
    assertThat(funnel.get(List.of(2023, "ALL")))
        .contains(
            entry("approved_without_consultation", 2L),
            entry("approved_despite_disagreement", 1L),
            entry("approved_without_legal_basis", 2L),
            entry("consulted_after_decision", 2L),
            entry("resubmissions", 1L));
  }

  @Test
  @Timeout(60)
  void mattersFollowTheChosenResubmissionsAndLoopsMakeNone(@TempDir Path raw) throws Exception {
    // given (the same chains as the Spark side's MatterChainsTest)
    RawRows rows = district(2022, 2023);
    rows.add(
        "applications",
        """
        application_id | dept_code | title | matter_type | scope | support_personnel \
        | support_funding_yuan | submitted_on | status | decided_on | reason | revoked_on \
        | resubmission_of
        F1  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-01-01 | RETURNED | 2023-01-10 | OTHER |            |
        F1b | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-02-01 | RETURNED | 2023-02-10 | OTHER |            | F1
        F1c | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-03-01 | APPROVED | 2023-03-21 |       |            | F1b
        G1  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-04-01 | REJECTED | 2023-04-05 | OTHER |            |
        H1  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-05-01 | RETURNED | 2023-05-03 | OTHER |            |
        K1  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-06-01 | RETURNED | 2023-06-02 | OTHER |            |
        K2  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-06-10 | PENDING  |            |       |            | K1
        J1  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-07-01 | RETURNED | 2023-07-02 | OTHER |            |
        J2  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-07-10 | RETURNED | 2023-07-20 | OTHER |            | J1
        J3  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-07-05 | APPROVED | 2023-07-31 |       |            | J1
        J4  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-08-01 | APPROVED | 2023-08-03 |       |            | J2
        N1  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-08-01 | RETURNED | 2023-08-02 | OTHER |            |
        N3  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-08-10 | REJECTED | 2023-08-30 | OTHER |            | N1
        N2  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-08-10 | APPROVED | 2023-08-12 |       |            | N1
        Q1  | P2 | t | WORK_ITEM | ALL | 0 | 0 | 2022-12-20 | RETURNED | 2022-12-28 | OTHER |            |
        Q2  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-01-05 | REVOKED  | 2023-01-25 | OTHER | 2023-05-01 | Q1
        Z1  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2021-11-01 | RETURNED | 2021-11-05 | OTHER |            |
        Z2  | P1 | t | WORK_ITEM | ALL | 0 | 0 | 2023-01-15 | APPROVED | 2023-01-20 |       |            | Z1
        R1  | P2 | t | WORK_ITEM | ALL | 0 | 0 | 2023-09-01 | RETURNED | 2023-09-02 | OTHER |            | R1
        S1  | P2 | t | WORK_ITEM | ALL | 0 | 0 | 2023-09-01 | RETURNED | 2023-09-02 | OTHER |            | S2
        S2  | P2 | t | WORK_ITEM | ALL | 0 | 0 | 2023-09-03 | RETURNED | 2023-09-04 | OTHER |            | S1
        T1  | P2 | t | WORK_ITEM | ALL | 0 | 0 | 2023-09-10 | APPROVED | 2023-09-12 |       |            | S2
        """);

    // when
    Map<List<Object>, Map<String, Object>> funnel = compute(rows, raw, "access_funnel");

    // then P1 2023 settles F1 (79 days), G1 (4), J1 by J3, the earlier fork (30), N1 by N2, the
    // smaller id of one day (11): median (11 + 30) / 2; H1 and K1 (K2 pending) are not settled,
    // J2 and J4 start nothing. Q1 → Q2 (REVOKED) is P2's of 2022: 36 days. Z1 is of 2021. R1, S1,
    // S2 and T1 loop without a first application: no matter.
    assertThat(funnel.get(List.of(2023, "P1")))
        .contains(
            entry("settled_matters", 4L),
            entry("median_matter_days", 20.5),
            entry("resubmissions", 10L));
    assertThat(funnel.get(List.of(2023, "ALL")))
        .contains(entry("settled_matters", 4L), entry("resubmissions", 14L));
    assertThat(funnel.get(List.of(2022, "P2")))
        .contains(entry("settled_matters", 1L), entry("median_matter_days", 36.0));
    assertThat(funnel.get(List.of(2022, "P1"))).contains(entry("settled_matters", 0L));
    assertThat(funnel.get(List.of(2023, "P2")))
        .contains(
            entry("settled_matters", 0L),
            entry("median_matter_days", null),
            entry("resubmissions", 4L));
  }

  @Test
  void agreementsCoverTasksOfTheirYearSignedByItsEnd(@TempDir Path raw) throws Exception {
    // given (the same district as the Spark side's AgreementCoverageTest)
    RawRows rows = withTasks(district(2021, 2022, 2023));
    rows.add(
        "entrustment_agreements",
        """
        agreement_id | dept_code | street_code | year | signed_on
        E1           | P1        | S01         | 2023 | 2023-02-01
        E2           | P1        | S02         | 2023 | 2024-01-05
        E3           | P1        | S01         | 2022 |
        E4           | P2        | S02         | 2022 | 2022-12-31
        E5           | P2        | S01         | 2023 | 2023-01-01
        E7           | P1        | S01         | 2023 | 2023-05-01
        """);
    rows.add(
        "entrustment_agreement_items",
        """
        agreement_id | application_id
        E1           | T1
        E1           | T3
        E2           | T1
        E3           | T1
        E4           | T2
        E5           | T1
        E5           | T2
        E7           | T1
        """);
    rows.add(
        "undertaking_agreements",
        """
        org_code | year | signed_on
        C1       | 2022 | 2022-06-01
        C3       | 2022 | 2022-12-31
        C1       | 2023 | 2023-01-10
        C2       | 2023 | 2024-02-01
        C3       | 2023 |
        """);

    // when
    Map<String, ComputedMart> marts = compute(rows, raw);
    Map<List<Object>, Map<String, Object>> coverage =
        marts.get("agreement_coverage").byKey(CONTRACT.mart("agreement_coverage"));

    // then rows: departments with tasks in the year, ALL in every year (P3 never)
    assertThat(coverage.keySet())
        .containsExactlyInAnyOrder(
            List.of(2021, "ALL"),
            List.of(2022, "ALL"),
            List.of(2022, "P1"),
            List.of(2022, "P2"),
            List.of(2023, "ALL"),
            List.of(2023, "P1"),
            List.of(2023, "P2"));
    // 2022 P1: T1 × C1 C2 C3; E3 a draft; C1 and C3 undertook
    assertThat(counts(coverage, 2022, "P1")).containsExactly(3L, 0L, 2L, 0L, 0.0);
    // 2022 P2: T2 × C3 under E4 and C3's agreement, both signed on the year-end
    assertThat(counts(coverage, 2022, "P2")).containsExactly(1L, 1L, 1L, 1L, 1.0);
    // 2023 P1: T1, T3 × C1 C2 under E1 (E7 again: once); E2 late; only C1 undertook in time
    assertThat(counts(coverage, 2023, "P1")).containsExactly(6L, 4L, 2L, 2L, 2.0 / 6);
    // 2023 P2: E5 is P2's with S01, but T2's C3 is in S02
    assertThat(counts(coverage, 2023, "P2")).containsExactly(1L, 0L, 0L, 0L, 0.0);
    assertThat(counts(coverage, 2023, "ALL")).containsExactly(7L, 4L, 2L, 2L, 2.0 / 7);
    assertThat(counts(coverage, 2021, "ALL")).containsExactly(0L, 0L, 0L, 0L, null);
    // undertaking_signed: 2023 C2 late, C3 a draft; 2022 C2 has none
    Map<List<Object>, Map<String, Object>> scorecard =
        marts.get("community_scorecard").byKey(CONTRACT.mart("community_scorecard"));
    assertThat(signed(scorecard, 2023)).containsExactly(true, false, false);
    assertThat(signed(scorecard, 2022)).containsExactly(true, false, true);
    assertThat(signed(scorecard, 2021)).containsExactly(false, false, false);
  }

  @Test
  void withoutAgreementsCoverageIsEmptyAndUndertakingUnknown(@TempDir Path raw) throws Exception {
    // given the tasks, no agreement
    Map<String, ComputedMart> marts = compute(withTasks(district(2021, 2022, 2023)), raw);

    // then
    assertThat(marts.get("agreement_coverage").rows()).isEmpty();
    assertThat(marts.get("community_scorecard").rows())
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row).containsEntry("undertaking_signed", null));
  }

  @Test
  void supportedTasksWithoutAResultAreUnreported(@TempDir Path raw) throws Exception {
    // given T1 supported in C1 and C2 in 2023, a result only for C1; T3 unsupported in C3
    RawRows rows = withTasks(district(2023));
    rows.add(
        "support_deliveries",
        """
        application_id | org_code | year | personnel | funding_yuan | materials_delivered
        T1             | C1       | 2023 | 0         | 0.00         | false
        T1             | C2       | 2023 | 0         | 0.00         | false
        """);
    rows.add(
        "task_results",
        """
        application_id | org_code | year | completed
        T1             | C1       | 2023 | true
        T3             | C3       | 2023 | false
        """);

    // when
    Map<List<Object>, Map<String, Object>> scorecard = compute(rows, raw, "community_scorecard");

    // then C2's T1 unreported, and no veto for it; C3's T2 and T3 are not supported
    assertThat(scorecard.get(List.of(2023, "C2")))
        .contains(entry("tasks_unreported", 1L), entry("veto", false));
    assertThat(scorecard.get(List.of(2023, "C1"))).contains(entry("tasks_unreported", 0L));
    assertThat(scorecard.get(List.of(2023, "C3"))).contains(entry("tasks_unreported", 0L));
  }

  /** Org units, P1 P2 P3, and C1's work-item return of each year: the reporting years. */
  private static RawRows district(int... years) {
    RawRows rows = new RawRows(CONTRACT);
    rows.add("org_units", ORG_UNITS);
    rows.add("departments", DEPARTMENTS);
    StringBuilder returns = new StringBuilder("org_code | year | dataset | due_on\n");
    for (int year : years) {
      returns.append("C1 | %d | WORK_ITEMS | %d-01-31%n".formatted(year, year + 1));
    }
    rows.add("returns", returns.toString());
    return rows;
  }

  /**
   * T1 P1 ALL, T2 P2 LISTED C3, both decided on 2022-01-15; T3 P1 ALL decided on 2023-03-01. No
   * support promised, so a delivery row of 0 supports a task.
   */
  private static RawRows withTasks(RawRows rows) {
    rows.add(
        "applications",
        """
        application_id | dept_code | title | matter_type | scope  | support_personnel \
        | support_funding_yuan | submitted_on | status   | decided_on
        T1 | P1 | t | WORK_ITEM | ALL    | 0 | 0 | 2022-01-01 | APPROVED | 2022-01-15
        T2 | P2 | t | WORK_ITEM | LISTED | 0 | 0 | 2022-01-01 | APPROVED | 2022-01-15
        T3 | P1 | t | WORK_ITEM | ALL    | 0 | 0 | 2023-01-01 | APPROVED | 2023-03-01
        """);
    rows.add(
        "application_scope",
        """
        application_id | org_code
        T2             | C3
        """);
    return rows;
  }

  private static Map<String, ComputedMart> compute(RawRows rows, Path raw) throws Exception {
    RawParquetWriter.write(CONTRACT, rows, raw);
    return DuckDbMarts.compute(
        CONTRACT,
        raw,
        IndicatorSettings.defaults(),
        PUBLICATION,
        REPORTING,
        VALIDATION,
        SOCIAL_ORGANISATIONS);
  }

  private static Map<List<Object>, Map<String, Object>> compute(RawRows rows, Path raw, String mart)
      throws Exception {
    return compute(rows, raw).get(mart).byKey(CONTRACT.mart(mart));
  }

  private static List<Object> counts(
      Map<List<Object>, Map<String, Object>> coverage, int year, String deptCode) {
    Map<String, Object> row = coverage.get(List.of(year, deptCode));
    return Arrays.asList(
        row.get("tasks_entrusted"),
        row.get("tasks_with_entrustment"),
        row.get("tasks_with_undertaking"),
        row.get("tasks_covered"),
        row.get("coverage_rate"));
  }

  private static List<Object> signed(Map<List<Object>, Map<String, Object>> scorecard, int year) {
    return List.of("C1", "C2", "C3").stream()
        .map(community -> scorecard.get(List.of(year, community)).get("undertaking_signed"))
        .toList();
  }
}
