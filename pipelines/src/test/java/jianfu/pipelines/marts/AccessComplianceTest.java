package jianfu.pipelines.marts;

import static jianfu.pipelines.SourceRows.department;
import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.returned;
import static jianfu.pipelines.SourceRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import jianfu.pipelines.RawFixture;
import jianfu.pipelines.SourceRows;
import jianfu.pipelines.SparkSessionTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * access_funnel's approvals that broke a rule, and its resubmissions. Departments P1, P2; every
 * application is submitted on 2023-01-01 and decided on 2023-01-11 (unless PENDING); 2023 is the
 * only reporting year.
 *
 * <pre>
 *      status    legal basis  consultations (opinion, opined on)
 * A1   APPROVED  L            C1 AGREE 01-05                          complies
 * A2   APPROVED  -            -                                       no consultation, no basis
 * A3   REVOKED   L            C1 DISAGREE 01-05, C2 AGREE 01-05       despite disagreement
 * A4   REJECTED  -            C1 DISAGREE 01-20                       consulted after decision
 * A5   APPROVED  L            C1 AGREE 01-11, C2 01-12, C3 01-15     after decision (once;
 *                                                                     01-11 is not after 01-11)
 * A6   PENDING   L            C1 AGREE 01-20                          no decision to be after
 * A7   RETURNED  L            C1 AGREE 01-05
 * A8   APPROVED  L            C1 AGREE 01-05                          re-submits A7
 * B1   APPROVED  -            -                                       P2: no consultation, no basis
 * Z1   APPROVED  -            -                                       2022: out of period
 * </pre>
 */
class AccessComplianceTest extends SparkSessionTest {

  private RunMarts marts;

  @BeforeAll
  void runPipeline(@TempDir Path raw) {
    // given
    new RawFixture(spark, raw)
        .table("org_units", orgUnits("S1: C1 C2 C3"))
        .table("departments", department("P1"), department("P2"))
        .table(
            "applications",
            application("A1", "P1", "APPROVED", "L"),
            application("A2", "P1", "APPROVED", null),
            application("A3", "P1", "REVOKED", "L", "reason", "OTHER", "revoked_on", "2023-06-01"),
            application("A4", "P1", "REJECTED", null, "reason", "NO_LEGAL_BASIS"),
            application("A5", "P1", "APPROVED", "L"),
            application("A6", "P1", "PENDING", "L", "decided_on", null),
            application("A7", "P1", "RETURNED", "L", "reason", "SUPPORT_NOT_SPECIFIC"),
            application("A8", "P1", "APPROVED", "L", "resubmission_of", "A7"),
            application("B1", "P2", "APPROVED", null),
            application("Z1", "P1", "APPROVED", null, "submitted_on", "2022-01-01"))
        .table(
            "consultations",
            consultation("A1", "C1", "AGREE", "2023-01-05"),
            consultation("A3", "C1", "DISAGREE", "2023-01-05"),
            consultation("A3", "C2", "AGREE", "2023-01-05"),
            consultation("A4", "C1", "DISAGREE", "2023-01-20"),
            consultation("A5", "C1", "AGREE", "2023-01-11"),
            consultation("A5", "C2", "AGREE", "2023-01-12"),
            consultation("A5", "C3", "AGREE", "2023-01-15"),
            consultation("A6", "C1", "AGREE", "2023-01-20"),
            consultation("A7", "C1", "AGREE", "2023-01-05"),
            consultation("A8", "C1", "AGREE", "2023-01-05"))
        .table("returns", returned("C1", 2023, "WORK_ITEMS", null));

    // when
    marts = RunMarts.of(spark, raw);
  }

  @Test
  void approvalsWithoutConsultationOrLegalBasis() {
    // then P1: A2 alone (A4, rejected, is no approval); P2: B1; ALL: A2 and B1; Z1 is of 2022
    assertThat(count(2023, "P1", "approved_without_consultation")).isEqualTo(1L);
    assertThat(count(2023, "P1", "approved_without_legal_basis")).isEqualTo(1L);
    assertThat(count(2023, "P2", "approved_without_consultation")).isEqualTo(1L);
    assertThat(count(2023, "P2", "approved_without_legal_basis")).isEqualTo(1L);
    assertThat(count(2023, "ALL", "approved_without_consultation")).isEqualTo(2L);
    assertThat(count(2023, "ALL", "approved_without_legal_basis")).isEqualTo(2L);
  }

  @Test
  void approvalsDespiteDisagreementCountRevokedApprovalsButNoRejection() {
    // then A3 (approved, since revoked); A4 was rejected
    assertThat(count(2023, "P1", "approved_despite_disagreement")).isEqualTo(1L);
    assertThat(count(2023, "P2", "approved_despite_disagreement")).isZero();
  }

  @Test
  void consultationsAfterTheDecisionCountEachApplicationOnce() {
    // then A4 (01-20 > 01-11) and A5 (two after); A5's 01-11 is not after; A6 has no decision
    assertThat(count(2023, "P1", "consulted_after_decision")).isEqualTo(2L);
    assertThat(count(2023, "ALL", "consulted_after_decision")).isEqualTo(2L);
  }

  @Test
  void resubmissionsAreApplicationsThatReSubmitAnother() {
    // then A8
    assertThat(count(2023, "P1", "resubmissions")).isEqualTo(1L);
    assertThat(count(2023, "P2", "resubmissions")).isZero();
  }

  @Test
  void theEarlierConsultationCountsStayAsTheyWere() {
    // then P1: 10 consultations, 2 disagreeing
    assertThat(count(2023, "P1", "consultations")).isEqualTo(10L);
    assertThat((Double) marts.funnel(2023, "P1").getAs("consultation_disagree_rate"))
        .isEqualTo(0.2);
  }

  private Long count(int year, String deptCode, String column) {
    return marts.funnel(year, deptCode).getAs(column);
  }

  private static Map<String, Object> application(
      String id, String deptCode, String status, String legalBasis, Object... more) {
    return SourceRows.application(
        id,
        deptCode,
        status,
        "2023-01-11",
        Stream.concat(
                Stream.of("submitted_on", "2023-01-01", "legal_basis", legalBasis),
                Arrays.stream(more))
            .toArray());
  }

  private static Map<String, Object> consultation(
      String applicationId, String orgCode, String opinion, String opinedOn) {
    return row(
        "application_id",
        applicationId,
        "org_code",
        orgCode,
        "opinion",
        opinion,
        "opined_on",
        opinedOn);
  }
}
