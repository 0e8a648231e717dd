package jianfu.pipelines.marts;

import static jianfu.pipelines.SourceRows.department;
import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.returned;
import static jianfu.pipelines.SourceRows.row;
import static jianfu.pipelines.SourceRows.workItem;
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
 * access_funnel. Departments P1, P2, P3; applications submitted in 2021, 2022 and 2023; the returns
 * make 2022, 2023 and 2024 the reporting years.
 */
class AccessFunnelTest extends SparkSessionTest {

  private List<Row> funnel;

  @BeforeAll
  void runPipeline(@TempDir Path raw) {
    // given
    new RawFixture(spark, raw)
        .table("org_units", orgUnits("S1: C1 C2"))
        .table("departments", department("P1"), department("P2"), department("P3"))
        .table(
            "applications",
            // P1 2023; decision days 10, 4, 1, 20, 7 and 32
            application("A1", "P1", "2023-01-01", "APPROVED", "2023-01-11", null),
            application("A2", "P1", "2023-02-01", "REVOKED", "2023-02-05", "SUPPORT_NOT_DELIVERED"),
            application("A3", "P1", "2023-03-01", "REJECTED", "2023-03-02", "NO_LEGAL_BASIS"),
            application("A4", "P1", "2023-03-01", "REJECTED", "2023-03-21", "COMMUNITY_DISAGREED"),
            application("A5", "P1", "2023-04-01", "RETURNED", "2023-04-08", "SUPPORT_NOT_SPECIFIC"),
            application("A6", "P1", "2023-05-01", "PENDING", null, null),
            application("A7", "P1", "2023-05-01", "WITHDRAWN", null, null),
            // submitted in 2023, decided in 2024: counted in 2023
            application("A8", "P1", "2023-12-01", "REJECTED", "2024-01-02", "SUPPORT_NOT_SPECIFIC"),
            // P2: 2022 decision days 3; 2023 decision days 2
            application("B1", "P2", "2022-06-01", "APPROVED", "2022-06-04", null),
            application("B2", "P2", "2022-07-01", "PENDING", null, null),
            application("B3", "P2", "2023-06-01", "APPROVED", "2023-06-03", null),
            // submitted in 2021, in no return: out of period
            application("Z1", "P2", "2021-06-01", "APPROVED", "2021-06-04", null))
        .table(
            "consultations",
            consultation("A1", "C1", "AGREE"),
            consultation("A1", "C2", "DISAGREE"),
            consultation("A4", "C1", "DISAGREE"),
            consultation("A4", "C2", "DISAGREE"))
        .table("work_items", workItem("C1", 2024, "I1"))
        .table(
            "returns",
            returned("C1", 2022, "WORK_ITEMS", null),
            returned("C1", 2023, "WORK_ITEMS", null),
            returned("C1", 2024, "WORK_ITEMS", null));

    // when
    funnel = martRows(raw, AccessFunnel.NAME);
  }

  @Test
  void everyDepartmentAndAllHaveARowInEveryReportingYearOnly() {
    // then reporting years 2022, 2023 and 2024 × P1, P2, P3, ALL; Z1's 2021 is none of them
    assertThat(funnel).hasSize(12);
    assertThat(funnel).extracting(row -> row.<Integer>getAs("year")).doesNotContain(2021);
    Row nothingSubmitted = MartRows.find(funnel, "year", 2024, "dept_code", "ALL");
    assertThat(counts(nothingSubmitted)).containsOnly(0L);
  }

  @Test
  void applicationsAreCountedByStatusAndRejectionReason() {
    // when
    Row p1 = MartRows.find(funnel, "year", 2023, "dept_code", "P1");

    // then submitted A1..A8; approved A1 A2 (revoked still counts); rejected A3 A4 A8; returned
    // A5; withdrawn A7; pending A6; revoked A2; rejected for: no legal basis A3, support not
    // specific A8 (A5 was returned, not rejected), community disagreed A4; consultations 4
    assertThat(counts(p1)).containsExactly(8L, 2L, 3L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 4L);
  }

  @Test
  void approvalRateIsApprovedOverDecided() {
    // then P1 2023: 2 / (2 + 3 + 1); ALL 2023: (2 + 1) / (3 + 3 + 1)
    assertThat(rate(2023, "P1", "approval_rate")).isCloseTo(2.0 / 6, within(1e-12));
    assertThat(rate(2023, "ALL", "approval_rate")).isCloseTo(3.0 / 7, within(1e-12));
    assertThat(rate(2022, "P2", "approval_rate")).isEqualTo(1.0);
  }

  @Test
  void medianDecisionDaysIsTheMeanOfTheTwoMiddleValuesForAnEvenCount() {
    // then P1 2023: 1 4 7 10 20 32 → (7 + 10) / 2; ALL 2023 adds B3's 2: 1 2 4 7 10 20 32 → 7
    assertThat(rate(2023, "P1", "median_decision_days")).isEqualTo(8.5);
    assertThat(rate(2023, "ALL", "median_decision_days")).isEqualTo(7.0);
    assertThat(rate(2022, "P2", "median_decision_days")).isEqualTo(3.0);
  }

  @Test
  void consultationDisagreeRateIsOverTheConsultationsOfTheYearsApplications() {
    // then A1: AGREE, DISAGREE; A4: DISAGREE, DISAGREE → 3 / 4
    assertThat(rate(2023, "P1", "consultation_disagree_rate")).isEqualTo(0.75);
    assertThat(rate(2023, "ALL", "consultation_disagree_rate")).isEqualTo(0.75);
  }

  @Test
  void ratesAreNullWithNothingToDivide() {
    // then P3 submitted nothing; P2 consulted nobody in 2022
    assertThat(rate(2023, "P3", "approval_rate")).isNull();
    assertThat(rate(2023, "P3", "median_decision_days")).isNull();
    assertThat(rate(2023, "P3", "consultation_disagree_rate")).isNull();
    assertThat(rate(2022, "P2", "consultation_disagree_rate")).isNull();
  }

  private Double rate(int year, String deptCode, String column) {
    return MartRows.find(funnel, "year", year, "dept_code", deptCode).getAs(column);
  }

  private static List<Long> counts(Row row) {
    return List.of(
        row.getAs("submitted"),
        row.getAs("approved"),
        row.getAs("rejected"),
        row.getAs("returned"),
        row.getAs("withdrawn"),
        row.getAs("pending"),
        row.getAs("revoked"),
        row.getAs("rejected_no_legal_basis"),
        row.getAs("rejected_support_not_specific"),
        row.getAs("rejected_community_disagreed"),
        row.getAs("consultations"));
  }

  /** An application of scope ALL; a REVOKED one was revoked on 2023-06-01. */
  private static Map<String, Object> application(
      String id,
      String deptCode,
      String submittedOn,
      String status,
      String decidedOn,
      String reason) {
    return SourceRows.application(
        id,
        deptCode,
        status,
        decidedOn,
        "submitted_on",
        submittedOn,
        "reason",
        reason,
        "revoked_on",
        status.equals("REVOKED") ? "2023-06-01" : null);
  }

  private static Map<String, Object> consultation(
      String applicationId, String orgCode, String opinion) {
    return row(
        "application_id",
        applicationId,
        "org_code",
        orgCode,
        "opinion",
        opinion,
        "opined_on",
        "2023-01-05");
  }
}
