package jianfu.pipelines.marts;

import static jianfu.pipelines.SourceRows.department;
import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.returned;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import jianfu.pipelines.RawFixture;
import jianfu.pipelines.SourceRows;
import jianfu.pipelines.SparkSessionTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * access_funnel's matters: resubmission chains, followed from their first application F to their
 * last L (docs/decisions.md, indicators 21). Reporting years 2022 and 2023.
 *
 * <pre>
 *        submitted  status    decided  re-submits  matter
 * F1     2023-01-01 RETURNED  01-10    -           F1 → F1b → F1c: settled, 03-21 − 01-01 = 79 days
 * F1b    2023-02-01 RETURNED  02-10    F1
 * F1c    2023-03-01 APPROVED  03-21    F1b
 * G1     2023-04-01 REJECTED  04-05    -           settled alone: 4 days
 * H1     2023-05-01 RETURNED  05-03    -           never re-submitted: not settled
 * K1     2023-06-01 RETURNED  06-02    -           K1 → K2, pending: not settled
 * K2     2023-06-10 PENDING   -        K1
 * J1     2023-07-01 RETURNED  07-02    -           fork: J3, the earlier, is followed: 07-31 − 07-01 = 30
 * J2     2023-07-10 RETURNED  07-20    J1          not followed, starts no matter, nor does J4
 * J3     2023-07-05 APPROVED  07-31    J1
 * J4     2023-08-01 APPROVED  08-03    J2
 * N1     2023-08-01 RETURNED  08-02    -           fork on one day: N2, the smaller id: 08-12 − 08-01 = 11
 * N3     2023-08-10 REJECTED  08-30    N1
 * N2     2023-08-10 APPROVED  08-12    N1
 * Q1 P2  2022-12-20 RETURNED  12-28    -           counted in 2022 for P2: 2023-01-25 − 2022-12-20 = 36,
 * Q2     2023-01-05 REVOKED   01-25    Q1          REVOKED is settled, P1's resubmission changes nothing
 * Z1     2021-11-01 RETURNED  11-05    -           starts in 2021: in no row
 * Z2     2023-01-15 APPROVED  01-20    Z1
 * R1 P2  2023-09-01 RETURNED  09-02    R1          re-submits itself: no F, no matter
 * S1 P2  2023-09-01 RETURNED  09-02    S2          S1 and S2 re-submit each other: no matter,
 * S2 P2  2023-09-03 RETURNED  09-04    S1          nor does T1 that follows them
 * T1 P2  2023-09-10 APPROVED  09-12    S2
 * </pre>
 *
 * P1 2023: settled F1, G1, J1, N1: days 4 11 30 79, median (11 + 30) / 2 = 20.5.
 */
class MatterChainsTest extends SparkSessionTest {

  private RunMarts marts;

  @BeforeAll
  @Timeout(300)
  void runPipeline(@TempDir Path raw) {
    // given
    new RawFixture(spark, raw)
        .table("org_units", orgUnits("S1: C1"))
        .table("departments", department("P1"), department("P2"))
        .table(
            "applications",
            application("F1", "P1", "2023-01-01", "RETURNED", "2023-01-10", null),
            application("F1b", "P1", "2023-02-01", "RETURNED", "2023-02-10", "F1"),
            application("F1c", "P1", "2023-03-01", "APPROVED", "2023-03-21", "F1b"),
            application("G1", "P1", "2023-04-01", "REJECTED", "2023-04-05", null),
            application("H1", "P1", "2023-05-01", "RETURNED", "2023-05-03", null),
            application("K1", "P1", "2023-06-01", "RETURNED", "2023-06-02", null),
            application("K2", "P1", "2023-06-10", "PENDING", null, "K1"),
            application("J1", "P1", "2023-07-01", "RETURNED", "2023-07-02", null),
            application("J2", "P1", "2023-07-10", "RETURNED", "2023-07-20", "J1"),
            application("J3", "P1", "2023-07-05", "APPROVED", "2023-07-31", "J1"),
            application("J4", "P1", "2023-08-01", "APPROVED", "2023-08-03", "J2"),
            application("N1", "P1", "2023-08-01", "RETURNED", "2023-08-02", null),
            application("N3", "P1", "2023-08-10", "REJECTED", "2023-08-30", "N1"),
            application("N2", "P1", "2023-08-10", "APPROVED", "2023-08-12", "N1"),
            application("Q1", "P2", "2022-12-20", "RETURNED", "2022-12-28", null),
            application("Q2", "P1", "2023-01-05", "REVOKED", "2023-01-25", "Q1"),
            application("Z1", "P1", "2021-11-01", "RETURNED", "2021-11-05", null),
            application("Z2", "P1", "2023-01-15", "APPROVED", "2023-01-20", "Z1"),
            application("R1", "P2", "2023-09-01", "RETURNED", "2023-09-02", "R1"),
            application("S1", "P2", "2023-09-01", "RETURNED", "2023-09-02", "S2"),
            application("S2", "P2", "2023-09-03", "RETURNED", "2023-09-04", "S1"),
            application("T1", "P2", "2023-09-10", "APPROVED", "2023-09-12", "S2"))
        .table(
            "returns",
            returned("C1", 2022, "WORK_ITEMS", null),
            returned("C1", 2023, "WORK_ITEMS", null));

    // when
    marts = RunMarts.of(spark, raw);
  }

  @Test
  void aMatterIsSettledByItsLastApplication() {
    // then F1, G1, J1 (J3), N1 (N2); not H1 (returned), K1 (K2 pending), nor the fork's J2 or J4
    assertThat(cell(2023, "P1", "settled_matters")).isEqualTo(4L);
    assertThat(cell(2023, "ALL", "settled_matters")).isEqualTo(4L);
  }

  @Test
  void matterDaysRunFromTheFirstSubmissionToTheLastDecisionAlongTheChosenSuccessors() {
    // then 4 11 30 79 → 20.5; following J2 (on to J4) and N3 instead: 4 29 33 79 → 31.0
    assertThat(cell(2023, "P1", "median_matter_days")).isEqualTo(20.5);
    assertThat(cell(2023, "ALL", "median_matter_days")).isEqualTo(20.5);
  }

  @Test
  void aMatterCountsInTheYearAndDepartmentOfItsFirstApplication() {
    // then Q1 → Q2 (REVOKED, decided 2023-01-25) is P2's of 2022; Z1's 2021 is no reporting year
    assertThat(cell(2022, "P2", "settled_matters")).isEqualTo(1L);
    assertThat(cell(2022, "P2", "median_matter_days")).isEqualTo(36.0);
    assertThat(cell(2022, "P1", "settled_matters")).isEqualTo(0L);
    assertThat(cell(2022, "ALL", "settled_matters")).isEqualTo(1L);
  }

  @Test
  void resubmissionsThatLoopAmongThemselvesMakeNoMatter() {
    // then P2 2023 has R1, S1, S2, T1, all re-submissions without a first application
    assertThat(cell(2023, "P2", "settled_matters")).isEqualTo(0L);
    assertThat(cell(2023, "P2", "median_matter_days")).isNull();
    assertThat(cell(2023, "P2", "resubmissions")).isEqualTo(4L);
  }

  @Test
  void everyResubmissionCountsInItsOwnYearAndDepartment() {
    // then P1 2023: F1b F1c K2 J2 J3 J4 N3 N2 Q2 Z2
    assertThat(cell(2023, "P1", "resubmissions")).isEqualTo(10L);
    assertThat(cell(2023, "ALL", "resubmissions")).isEqualTo(14L);
  }

  private Object cell(int year, String deptCode, String column) {
    return marts.funnel(year, deptCode).getAs(column);
  }

  private static Map<String, Object> application(
      String id,
      String deptCode,
      String submittedOn,
      String status,
      String decidedOn,
      String resubmissionOf) {
    return SourceRows.application(
        id,
        deptCode,
        status,
        decidedOn,
        "submitted_on",
        submittedOn,
        "resubmission_of",
        resubmissionOf);
  }
}
