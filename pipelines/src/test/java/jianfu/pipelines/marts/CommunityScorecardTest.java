package jianfu.pipelines.marts;

import static jianfu.pipelines.SourceRows.delivery;
import static jianfu.pipelines.SourceRows.department;
import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.row;
import static jianfu.pipelines.SourceRows.taskResult;
import static jianfu.pipelines.SourceRows.workItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
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
 * community_scorecard in 2023. Street S1 has C1, C2, C3, C5, C6, C7; street S2 has C4. P1's
 * applications T1, T2, T3 (ALL; 1 person and 100.00 yuan per community) are in force, so every
 * community is entrusted 3 tasks; L1 (LISTED, the same support) lists C6 alone. A delivery "ok"
 * gives exactly what was promised. C5 also has an ok delivery and a false result for L1, which is
 * no task of C5's.
 *
 * <pre>
 *      deliveries ok   task results               ratings (TASK_COMPLETION, QUALITY, COOPERATION)
 * C1   T1 T2           T1 true, T2 true, T3 false  90 and 80, 70, -
 * C2   T1              T1 false, T2 false          95, 95, 95
 * C3   T1 T2           T1 true                     -
 * C4   T1              T1 false                    -
 * C5   -               -                           85, 70, -
 * C6   -               -                           -, -, 80
 * C7   -               -                           -, 60, -
 * </pre>
 */
class CommunityScorecardTest extends SparkSessionTest {

  private List<Row> scorecard;

  @BeforeAll
  void runPipeline(@TempDir Path raw) {
    // given
    new RawFixture(spark, raw)
        .table("org_units", orgUnits("S1: C1 C2 C3 C5 C6 C7", "S2: C4"))
        .table("departments", department("P1"))
        .table(
            "applications",
            task("T1", "ALL"),
            task("T2", "ALL"),
            task("T3", "ALL"),
            task("L1", "LISTED"))
        .table("application_scope", row("application_id", "L1", "org_code", "C6"))
        .table(
            "support_deliveries",
            delivery("T1", "C1", 2023, 1, "100.00", false),
            delivery("T2", "C1", 2023, 1, "100.00", false),
            delivery("T1", "C2", 2023, 1, "100.00", false),
            delivery("T1", "C3", 2023, 1, "100.00", false),
            delivery("T2", "C3", 2023, 1, "100.00", false),
            delivery("T1", "C4", 2023, 1, "100.00", false),
            delivery("L1", "C5", 2023, 1, "100.00", false))
        .table(
            "task_results",
            taskResult("T1", "C1", 2023, true),
            taskResult("T2", "C1", 2023, true),
            taskResult("T3", "C1", 2023, false),
            taskResult("T1", "C2", 2023, false),
            taskResult("T2", "C2", 2023, false),
            taskResult("T1", "C3", 2023, true),
            taskResult("T1", "C4", 2023, false),
            taskResult("L1", "C5", 2023, false))
        .table(
            "ratings",
            rating("DEPARTMENT:P1", "C1", "TASK_COMPLETION", "90"),
            rating("STREET:S1", "C1", "TASK_COMPLETION", "80"),
            rating("DEPARTMENT:P1", "C1", "QUALITY", "70"),
            rating("DEPARTMENT:P1", "C2", "TASK_COMPLETION", "95"),
            rating("DEPARTMENT:P1", "C2", "QUALITY", "95"),
            rating("DEPARTMENT:P1", "C2", "COOPERATION", "95"),
            rating("DEPARTMENT:P1", "C5", "TASK_COMPLETION", "85"),
            rating("DEPARTMENT:P1", "C5", "QUALITY", "70"),
            rating("DEPARTMENT:P1", "C6", "COOPERATION", "80"),
            rating("DEPARTMENT:P1", "C7", "QUALITY", "60"))
        .table("work_items", workItem("C1", 2023, "I1"));

    // when
    scorecard = martRows(raw, CommunityScorecard.NAME);
  }

  @Test
  void scoresAreMeansPerDimension() {
    // when
    Row c1 = rowOf("C1");

    // then TASK_COMPLETION (90 + 80) / 2; QUALITY 70; no COOPERATION ratings
    assertThat((Double) c1.getAs("score_task_completion")).isEqualTo(85.0);
    assertThat((Double) c1.getAs("score_quality")).isEqualTo(70.0);
    assertThat((Double) c1.getAs("score_cooperation")).isNull();
  }

  @Test
  void compositeRenormalisesTheWeightsOfRatedDimensions() {
    // then C1: (0.5 × 85 + 0.3 × 70) / (0.5 + 0.3) = 63.5 / 0.8; C7: QUALITY alone
    assertThat((Double) rowOf("C1").getAs("composite")).isCloseTo(79.375, within(1e-9));
    assertThat((Double) rowOf("C7").getAs("composite")).isCloseTo(60.0, within(1e-9));
    assertThat((Double) rowOf("C3").getAs("composite")).isNull();
  }

  @Test
  void tasksAreCountedBySupportAndResult() {
    // then entrusted, supported, completed, refused_unsupported
    // C1: T1 T2 supported and completed; T3 unsupported and refused
    assertThat(tasks("C1")).containsExactly(3L, 2L, 2L, 1L);
    // C2: T1 supported, not completed; T2 unsupported and refused; T3 no result
    assertThat(tasks("C2")).containsExactly(3L, 1L, 0L, 1L);
    // C5: nothing delivered, no results
    assertThat(tasks("C5")).containsExactly(3L, 0L, 0L, 0L);
  }

  @Test
  void aListedApplicationEntrustsOnlyTheCommunitiesInItsScope() {
    // then C6 is entrusted L1 besides T1 T2 T3, with neither delivery nor result;
    // C5's delivery and false result for L1 are no task of C5's: not supported, not refused, no
    // veto
    assertThat(tasks("C6")).containsExactly(4L, 0L, 0L, 0L);
    assertThat(tasks("C5")).containsExactly(3L, 0L, 0L, 0L);
    assertThat((Boolean) rowOf("C5").getAs("veto")).isFalse();
  }

  @Test
  void supportedTasksWithoutAResultAreUnreported() {
    // then C3: T1 and T2 supported, T2 without a result; C1: both supported ones have results;
    // C2: T3 has no result but was not supported; C5: nothing supported
    assertThat(column("tasks_unreported", "C3", "C1", "C2", "C5")).containsExactly(1L, 0L, 0L, 0L);
    // and an unreported task is no veto
    assertThat((Boolean) rowOf("C3").getAs("veto")).isFalse();
  }

  @Test
  void undertakingSignedIsUnknownWithoutAnyUndertakingAgreement() {
    assertThat(scorecard).extracting(row -> row.getAs("undertaking_signed")).containsOnlyNulls();
  }

  @Test
  void vetoIsASupportedTaskNotCompleted() {
    // then C2 and C4 failed supported T1; C1 only refused the unsupported T3
    assertThat((Boolean) rowOf("C1").getAs("veto")).isFalse();
    assertThat((Boolean) rowOf("C2").getAs("veto")).isTrue();
    assertThat((Boolean) rowOf("C4").getAs("veto")).isTrue();
  }

  @Test
  void gradeFollowsTheThresholdsOfTheFinalScore() {
    // then C1 79.375 PASS; C6 exactly 80 GOOD; C7 exactly 60 PASS; C3 has no score and no grade
    assertThat(grades("C1", "C6", "C7", "C3")).containsExactly("PASS", "GOOD", "PASS", null);
    assertThat((Double) rowOf("C6").getAs("final_score")).isEqualTo(80.0);
  }

  @Test
  void vetoForcesFailAndKeepsTheFinalScore() {
    // then C2's composite 95 stays its final score; C4 fails even without ratings
    assertThat((Double) rowOf("C2").getAs("final_score")).isCloseTo(95.0, within(1e-9));
    assertThat(grades("C2", "C4")).containsExactly("FAIL", "FAIL");
    assertThat((Double) rowOf("C4").getAs("final_score")).isNull();
  }

  @Test
  void rankInStreetIsDenseOverFinalScores() {
    // then S1: C2 95 → 1, C6 80 → 2, C1 and C5 79.375 → 3, C7 60 → 4, C3 no score → none
    assertThat(ranks("C2", "C6", "C1", "C5", "C7", "C3")).containsExactly(1, 2, 3, 3, 4, null);
    // S2: C4 alone, without a final score
    assertThat(ranks("C4")).containsExactly((Integer) null);
    assertThat((String) rowOf("C4").getAs("street_code")).isEqualTo("S2");
  }

  private Row rowOf(String orgCode) {
    return MartRows.find(scorecard, "year", 2023, "org_code", orgCode);
  }

  private List<Long> tasks(String orgCode) {
    Row row = rowOf(orgCode);
    return List.of(
        row.getAs("tasks_entrusted"),
        row.getAs("tasks_supported"),
        row.getAs("tasks_completed"),
        row.getAs("refused_unsupported"));
  }

  private List<Object> column(String column, String... orgCodes) {
    return Arrays.stream(orgCodes).map(code -> rowOf(code).getAs(column)).toList();
  }

  private List<String> grades(String... orgCodes) {
    return Arrays.stream(orgCodes).map(code -> rowOf(code).<String>getAs("grade")).toList();
  }

  private List<Integer> ranks(String... orgCodes) {
    return Arrays.stream(orgCodes)
        .map(code -> rowOf(code).<Integer>getAs("rank_in_street"))
        .toList();
  }

  /** An application of P1 in force in 2023, promising 1 person and 100.00 yuan per task. */
  private static Map<String, Object> task(String id, String scope) {
    return SourceRows.application(
        id,
        "P1",
        "APPROVED",
        "2022-02-01",
        "scope",
        scope,
        "support_personnel",
        1,
        "support_funding_yuan",
        "100");
  }

  private static Map<String, Object> rating(
      String rater, String orgCode, String dimension, String score) {
    return SourceRows.rating(2023, rater, "COMMUNITY", orgCode, dimension, score);
  }
}
