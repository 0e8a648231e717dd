package jianfu.pipelines.marts;

import static jianfu.pipelines.SourceRows.department;
import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.returned;
import static jianfu.pipelines.SourceRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jianfu.pipelines.MartRows;
import jianfu.pipelines.RawFixture;
import jianfu.pipelines.SourceRows;
import jianfu.pipelines.SparkSessionTest;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * agreement_coverage, and community_scorecard's undertaking_signed. Streets S1 (C1, C2) and S2
 * (C3); departments P1, P2, P3 (P3 applies for nothing); reporting years 2021, 2022, 2023.
 * Applications, all decided on 2022-01-15 (so nothing is in force in 2021): T1 P1 ALL; T2 P2 LISTED
 * C3; T3 P1 ALL decided on 2023-03-01 (in force in 2023 only).
 *
 * <pre>
 * entrustment agreements  dept street year signed      items   covers
 * E1                      P1   S1     2023 2023-02-01  T1 T3   T1 and T3 in C1, C2 in 2023
 * E2                      P1   S2     2023 2024-01-05  T1      signed late: nothing
 * E3                      P1   S1     2022 -           T1      a draft: nothing
 * E4                      P2   S2     2022 2022-12-31  T2      T2 in C3 in 2022 (on the year-end)
 * E5                      P2   S1     2023 2023-01-01  T1 T2   T1 is P1's, T2's C3 is in S2: nothing
 * E7                      P1   S1     2023 2023-05-01  T1      T1 in C1, C2 again: counted once
 *
 * undertaking agreements  2022        2023
 * C1                      2022-06-01  2023-01-10
 * C2                      -           2024-02-01 (late)
 * C3                      2022-12-31  draft
 * </pre>
 *
 * Tasks 2022: T1 × C1 C2 C3 (P1), T2 × C3 (P2). Tasks 2023: T1, T3 × C1 C2 C3 (P1), T2 × C3 (P2).
 */
class AgreementCoverageTest extends SparkSessionTest {

  private RunMarts marts;

  @BeforeAll
  void runPipeline(@TempDir Path raw) {
    // given
    district(raw)
        .table(
            "entrustment_agreements",
            entrustment("E1", "P1", "S1", 2023, "2023-02-01"),
            entrustment("E2", "P1", "S2", 2023, "2024-01-05"),
            entrustment("E3", "P1", "S1", 2022, null),
            entrustment("E4", "P2", "S2", 2022, "2022-12-31"),
            entrustment("E5", "P2", "S1", 2023, "2023-01-01"),
            entrustment("E7", "P1", "S1", 2023, "2023-05-01"))
        .table(
            "entrustment_agreement_items",
            item("E1", "T1"),
            item("E1", "T3"),
            item("E2", "T1"),
            item("E3", "T1"),
            item("E4", "T2"),
            item("E5", "T1"),
            item("E5", "T2"),
            item("E7", "T1"))
        .table(
            "undertaking_agreements",
            undertaking("C1", 2022, "2022-06-01"),
            undertaking("C3", 2022, "2022-12-31"),
            undertaking("C1", 2023, "2023-01-10"),
            undertaking("C2", 2023, "2024-02-01"),
            undertaking("C3", 2023, null));

    // when
    marts = RunMarts.of(spark, raw);
  }

  @Test
  void tasksAreCountedByTheAgreementsTheyRestOn() {
    // then entrusted, with entrustment, with undertaking, covered
    // 2022 P1: T1 × C1 C2 C3; E3 a draft; C1 and C3 undertook
    assertThat(counts(2022, "P1")).containsExactly(3L, 0L, 2L, 0L);
    // 2022 P2: T2 × C3 under E4 signed on the year-end; C3 undertook on the year-end
    assertThat(counts(2022, "P2")).containsExactly(1L, 1L, 1L, 1L);
    // 2023 P1: T1, T3 × C1 C2 under E1 (and E7); C3's E2 late; only C1 undertook in time
    assertThat(counts(2023, "P1")).containsExactly(6L, 4L, 2L, 2L);
    // 2023 P2: T2 × C3: E5 is with the wrong street; C3's agreement a draft
    assertThat(counts(2023, "P2")).containsExactly(1L, 0L, 0L, 0L);
    assertThat(counts(2023, "ALL")).containsExactly(7L, 4L, 2L, 2L);
    assertThat(counts(2022, "ALL")).containsExactly(4L, 1L, 3L, 1L);
  }

  @Test
  void coverageRateIsCoveredOverEntrusted() {
    assertThat(rate(2023, "P1")).isCloseTo(2.0 / 6, within(1e-12));
    assertThat(rate(2023, "ALL")).isCloseTo(2.0 / 7, within(1e-12));
    assertThat(rate(2022, "ALL")).isEqualTo(0.25);
    assertThat(rate(2023, "P2")).isEqualTo(0.0);
  }

  @Test
  void departmentsHaveRowsInYearsTheyEntrustedTasksAndAllInEveryReportingYear() {
    // then P3 never; nobody in 2021, but ALL with zeros and no rate
    assertThat(marts.rows(AgreementCoverage.NAME))
        .extracting(row -> row.getAs("year") + " " + row.getAs("dept_code"))
        .containsExactlyInAnyOrder(
            "2021 ALL", "2022 ALL", "2022 P1", "2022 P2", "2023 ALL", "2023 P1", "2023 P2");
    assertThat(counts(2021, "ALL")).containsExactly(0L, 0L, 0L, 0L);
    assertThat(rate(2021, "ALL")).isNull();
  }

  @Test
  void undertakingSignedIsTheCommunitysAgreementOfTheYearSignedByItsEnd() {
    // then 2023: C1 in time, C2 late, C3 a draft; 2022: C2 has none; 2021: nobody has one
    assertThat(signed(2023, "C1", "C2", "C3")).containsExactly(true, false, false);
    assertThat(signed(2022, "C1", "C2", "C3")).containsExactly(true, false, true);
    assertThat(signed(2021, "C1", "C2", "C3")).containsExactly(false, false, false);
  }

  @Test
  void withEntrustmentAgreementsOnlyNoUndertakingIsKnown(@TempDir Path raw) {
    // given only E1 and its items
    district(raw)
        .table("entrustment_agreements", entrustment("E1", "P1", "S1", 2023, "2023-02-01"))
        .table("entrustment_agreement_items", item("E1", "T1"), item("E1", "T3"));

    // when
    RunMarts entrustmentOnly = RunMarts.of(spark, raw);

    // then coverage is computed, nobody undertook, and undertaking_signed is unknown, not false
    Row p1 =
        MartRows.find(
            entrustmentOnly.rows(AgreementCoverage.NAME), "year", 2023, "dept_code", "P1");
    assertThat(List.of(p1.getAs("tasks_with_entrustment"), p1.getAs("tasks_covered")))
        .containsExactly(4L, 0L);
    assertThat(entrustmentOnly.rows(CommunityScorecard.NAME))
        .extracting(row -> row.getAs("undertaking_signed"))
        .containsOnlyNulls();
  }

  @Test
  void withoutAgreementsTheMartIsEmpty(@TempDir Path raw) {
    // given no agreement at all
    district(raw);

    // when
    RunMarts withoutAgreements = RunMarts.of(spark, raw);

    // then
    assertThat(withoutAgreements.rows(AgreementCoverage.NAME)).isEmpty();
    assertThat(withoutAgreements.rows(CommunityScorecard.NAME))
        .isNotEmpty()
        .extracting(row -> row.getAs("undertaking_signed"))
        .containsOnlyNulls();
  }

  private RawFixture district(Path raw) {
    return new RawFixture(spark, raw)
        .table("org_units", orgUnits("S1: C1 C2", "S2: C3"))
        .table("departments", department("P1"), department("P2"), department("P3"))
        .table(
            "applications",
            SourceRows.application("T1", "P1", "APPROVED", "2022-01-15"),
            SourceRows.application("T2", "P2", "APPROVED", "2022-01-15", "scope", "LISTED"),
            SourceRows.application("T3", "P1", "APPROVED", "2023-03-01"))
        .table("application_scope", row("application_id", "T2", "org_code", "C3"))
        .table(
            "returns",
            returned("C1", 2021, "WORK_ITEMS", null),
            returned("C1", 2022, "WORK_ITEMS", null),
            returned("C1", 2023, "WORK_ITEMS", null));
  }

  private List<Long> counts(int year, String deptCode) {
    Row row =
        MartRows.find(marts.rows(AgreementCoverage.NAME), "year", year, "dept_code", deptCode);
    return List.of(
        row.getAs("tasks_entrusted"),
        row.getAs("tasks_with_entrustment"),
        row.getAs("tasks_with_undertaking"),
        row.getAs("tasks_covered"));
  }

  private Double rate(int year, String deptCode) {
    return MartRows.find(marts.rows(AgreementCoverage.NAME), "year", year, "dept_code", deptCode)
        .getAs("coverage_rate");
  }

  private List<Boolean> signed(int year, String... communities) {
    List<Row> scorecard = marts.rows(CommunityScorecard.NAME);
    return List.of(communities).stream()
        .map(
            community ->
                MartRows.find(scorecard, "year", year, "org_code", community)
                    .<Boolean>getAs("undertaking_signed"))
        .toList();
  }

  private static Map<String, Object> entrustment(
      String id, String deptCode, String streetCode, int year, String signedOn) {
    return row(
        "agreement_id",
        id,
        "dept_code",
        deptCode,
        "street_code",
        streetCode,
        "year",
        year,
        "signed_on",
        signedOn);
  }

  private static Map<String, Object> item(String agreementId, String applicationId) {
    return row("agreement_id", agreementId, "application_id", applicationId);
  }

  private static Map<String, Object> undertaking(String orgCode, int year, String signedOn) {
    return row("org_code", orgCode, "year", year, "signed_on", signedOn);
  }
}
