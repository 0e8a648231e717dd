package jianfu.pipelines.marts;

import static jianfu.pipelines.SourceRows.activity;
import static jianfu.pipelines.SourceRows.application;
import static jianfu.pipelines.SourceRows.delivery;
import static jianfu.pipelines.SourceRows.department;
import static jianfu.pipelines.SourceRows.ledger;
import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.signboard;
import static jianfu.pipelines.SourceRows.workItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * department_scorecard in 2023 with the default weights (0.4, 0.3, 0.3) and deductions (1 point per
 * unadmitted record up to 20; 10 when funding fulfilment is below 0.8).
 *
 * <pre>
 *      ratings (SUPPORT, BURDEN, GUIDANCE)  unadmitted records        funding
 * P1   90 and 80, 70, 60 (3 raters)          20 items, 1 ledger,       no applications
 *                                            1 activity, 1 signboard
 * P2   100, -, 90                            2 ledgers                 159.99 of 200.00
 * P3   -, 50, -                              -                         160.00 of 200.00
 * P4   -                                     -                         -
 * P5   -, 5, -                               6 ledgers                 -
 * P6   -, -, 50                              -                         -
 * </pre>
 */
class DepartmentScorecardTest extends SparkSessionTest {

  private static final String APP = "application_id";

  private List<Row> scorecard;

  @BeforeAll
  void runPipeline(@TempDir Path raw) {
    // given
    List<Map<String, Object>> workItems = new ArrayList<>();
    for (int item = 1; item <= 20; item++) {
      workItems.add(workItem("C1", 2023, "W" + item));
    }
    workItems.add(workItem("C1", 2023, "W21", "application_id", "OK1")); // admitted
    List<Map<String, Object>> ledgers = new ArrayList<>();
    ledgers.add(ledger("L1", "C1", 2023, 1));
    ledgers.add(ledger("L2", "C1", 2023, 1, "dept_code", "P2"));
    ledgers.add(ledger("L3", "C1", 2023, 1, "dept_code", "P2"));
    for (int ledger = 4; ledger <= 9; ledger++) {
      ledgers.add(ledger("L" + ledger, "C1", 2023, 1, "dept_code", "P5"));
    }
    new RawFixture(spark, raw)
        .table("org_units", orgUnits("S1: C1 C2"))
        .table(
            "departments",
            department("P1"),
            department("P2"),
            department("P3"),
            department("P4"),
            department("P5"),
            department("P6"))
        .table(
            "applications",
            application("OK1", "P1", "APPROVED", "2022-02-01", "scope", "LISTED"),
            application("H1", "P2", "APPROVED", "2022-02-01", "support_funding_yuan", "100"),
            application("H2", "P3", "APPROVED", "2022-02-01", "support_funding_yuan", "100"))
        .table(
            "support_deliveries",
            delivery("H1", "C1", 2023, 0, "100.00", false),
            delivery("H1", "C2", 2023, 0, "59.99", false),
            delivery("H2", "C1", 2023, 0, "100.00", false),
            delivery("H2", "C2", 2023, 0, "60.00", false))
        .table("work_items", workItems)
        .table("ledgers", ledgers)
        .table(
            "activities",
            activity("AC1", "C1", "2023-05-01"),
            // run by P3 itself, admitted
            activity("SR1", "C1", "2023-05-01", "dept_code", "P3", "unified", false, APP, "H2"),
            activity("SR1", "C2", "2023-05-01", "dept_code", "P3", "unified", false, APP, "H2"),
            activity("UA1", "C1", "2023-05-01", "dept_code", "P3", APP, "H2"))
        .table(
            "signboards",
            signboard("B1", "C1", "2023-01-01"),
            // taken down before the year-end: not counted
            signboard("B2", "C1", "2022-01-01", "removed_on", "2023-06-01"))
        .table(
            "ratings",
            rating("COMMUNITY:C1", "P1", "SUPPORT", "90"),
            rating("COMMUNITY:C2", "P1", "SUPPORT", "80"),
            rating("COMMUNITY:C1", "P1", "BURDEN", "70"),
            rating("STREET:S1", "P1", "GUIDANCE", "60"),
            rating("COMMUNITY:C1", "P2", "SUPPORT", "100"),
            rating("COMMUNITY:C1", "P2", "GUIDANCE", "90"),
            rating("COMMUNITY:C1", "P3", "BURDEN", "50"),
            rating("COMMUNITY:C1", "P5", "BURDEN", "5"),
            rating("COMMUNITY:C2", "P6", "GUIDANCE", "50"));

    // when
    scorecard = martRows(raw, DepartmentScorecard.NAME);
  }

  @Test
  void scoresAreMeansPerDimensionFromDistinctRaters() {
    // when
    Row p1 = rowOf("P1");

    // then SUPPORT (90 + 80) / 2; raters C1, C2 (communities) and S1 (street)
    assertThat((Double) p1.getAs("score_support")).isEqualTo(85.0);
    assertThat((Double) p1.getAs("score_burden")).isEqualTo(70.0);
    assertThat((Double) p1.getAs("score_guidance")).isEqualTo(60.0);
    assertThat((Long) p1.getAs("raters")).isEqualTo(3L);
    assertThat((Long) rowOf("P4").getAs("raters")).isZero();
  }

  @Test
  void compositeIsTheWeightedMeanRenormalisedOverRatedDimensions() {
    // then P1: 0.4 × 85 + 0.3 × 70 + 0.3 × 60 = 73; P2 without BURDEN: (0.4 × 100 + 0.3 × 90) / 0.7
    assertThat((Double) rowOf("P1").getAs("composite")).isCloseTo(73.0, within(1e-9));
    assertThat((Double) rowOf("P2").getAs("composite")).isCloseTo(67 / 0.7, within(1e-9));
    assertThat((Double) rowOf("P3").getAs("composite")).isCloseTo(50.0, within(1e-9));
  }

  @Test
  void unadmittedRecordsCountEveryKindOfRecordOfTheDepartment() {
    // then P1: 20 work items + 1 ledger + 1 activity + signboard B1 (B2 was down at year-end)
    assertThat((Long) rowOf("P1").getAs("unadmitted_records")).isEqualTo(23L);
    assertThat((Long) rowOf("P3").getAs("unadmitted_records")).isZero();
  }

  @Test
  void selfRunActivitiesAreTheDepartmentsActivitiesOutsideTheUnifiedAssessment() {
    // then P3 ran SR1 itself in C1 and C2; UA1 was unified
    assertThat((Long) rowOf("P3").getAs("self_run_activities")).isEqualTo(2L);
    assertThat((Long) rowOf("P1").getAs("self_run_activities")).isZero();
  }

  @Test
  void deductionForUnadmittedRecordsIsCapped() {
    // then P1: min(20, 23 × 1) = 20; funding fulfilment null (nothing promised): no penalty
    assertThat((Double) rowOf("P1").getAs("funding_fulfilment")).isNull();
    assertThat((Double) rowOf("P1").getAs("deduction")).isEqualTo(20.0);
    assertThat((Double) rowOf("P1").getAs("final_score")).isCloseTo(53.0, within(1e-9));
  }

  @Test
  void fundingFulfilmentBelowTheThresholdCostsThePenalty() {
    // then P2: 159.99 / 200.00 < 0.8 → 2 unadmitted ledgers + 10; P3: 160.00 / 200.00 = 0.8 → 0
    assertThat((Double) rowOf("P2").getAs("funding_fulfilment")).isCloseTo(0.79995, within(1e-12));
    assertThat((Double) rowOf("P2").getAs("deduction")).isEqualTo(12.0);
    assertThat((Double) rowOf("P2").getAs("final_score")).isCloseTo(67 / 0.7 - 12, within(1e-9));
    assertThat((Double) rowOf("P3").getAs("funding_fulfilment")).isEqualTo(0.8);
    assertThat((Double) rowOf("P3").getAs("deduction")).isZero();
  }

  @Test
  void finalScoreIsNotBelowZero() {
    // then P5: max(0, 5 − 6)
    assertThat((Double) rowOf("P5").getAs("deduction")).isEqualTo(6.0);
    assertThat((Double) rowOf("P5").getAs("final_score")).isZero();
  }

  @Test
  void withoutRatingsThereIsNoFinalScoreGradeOrRank() {
    // when
    Row p4 = rowOf("P4");

    // then
    assertThat((Double) p4.getAs("composite")).isNull();
    assertThat((Double) p4.getAs("deduction")).isZero();
    assertThat(Arrays.asList(p4.getAs("final_score"), p4.getAs("grade"), p4.getAs("rank")))
        .containsOnlyNulls();
  }

  @Test
  void gradesAndDenseRanksFollowTheFinalScores() {
    // then P2 83.71 GOOD 1; P1 53 FAIL 2; P3 and P6 50 FAIL 3; P5 0 FAIL 4
    List<String> codes = List.of("P2", "P1", "P3", "P6", "P5");
    assertThat(codes.stream().map(code -> rowOf(code).<String>getAs("grade")))
        .containsExactly("GOOD", "FAIL", "FAIL", "FAIL", "FAIL");
    assertThat(codes.stream().map(code -> rowOf(code).<Integer>getAs("rank")))
        .containsExactly(1, 2, 3, 3, 4);
  }

  private Row rowOf(String deptCode) {
    return MartRows.find(scorecard, "year", 2023, "dept_code", deptCode);
  }

  private static Map<String, Object> rating(
      String rater, String deptCode, String dimension, String score) {
    return SourceRows.rating(2023, rater, "DEPARTMENT", deptCode, dimension, score);
  }
}
