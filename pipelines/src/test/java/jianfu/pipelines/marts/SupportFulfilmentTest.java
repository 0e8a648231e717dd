package jianfu.pipelines.marts;

import static jianfu.pipelines.SourceRows.delivery;
import static jianfu.pipelines.SourceRows.department;
import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.row;
import static jianfu.pipelines.SourceRows.workItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
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
 * support_fulfilment. Communities C1, C2, C3; reporting years 2022 and 2023. P1's applications: F1
 * (ALL, 1 person, 1000.00 yuan and materials per community) approved 2022-03-01; F2 (LISTED C1 C2,
 * 2 persons, 500.00 yuan) approved 2021 and revoked on 2022-01-01; F3 approved only in 2024; F4
 * rejected; F5 revoked on 2021-12-31. P2's G1 (LISTED C3, nothing promised) approved on 2022-12-31.
 * P3 has no applications.
 */
class SupportFulfilmentTest extends SparkSessionTest {

  private List<Row> fulfilment;

  @BeforeAll
  void runPipeline(@TempDir Path raw) {
    // given
    new RawFixture(spark, raw)
        .table("org_units", orgUnits("S1: C1 C2 C3"))
        .table("departments", department("P1"), department("P2"), department("P3"))
        .table(
            "applications",
            application("F1", "P1", "ALL", 1, "1000.00", "laptop", "APPROVED", "2022-03-01", null),
            application(
                "F2", "P1", "LISTED", 2, "500.00", null, "REVOKED", "2021-01-01", "2022-01-01"),
            application("F3", "P1", "ALL", 5, "5000.00", null, "APPROVED", "2024-02-01", null),
            application("F4", "P1", "ALL", 9, "9.00", null, "REJECTED", "2021-01-01", null),
            application("F5", "P1", "ALL", 9, "9.00", null, "REVOKED", "2021-01-01", "2021-12-31"),
            application("G1", "P2", "LISTED", 0, "0.00", null, "APPROVED", "2022-12-31", null))
        .table(
            "application_scope",
            row("application_id", "F2", "org_code", "C1"),
            row("application_id", "F2", "org_code", "C2"),
            row("application_id", "G1", "org_code", "C3"),
            // ALL means every community: a scope row does not narrow it, nor count twice
            row("application_id", "F1", "org_code", "C1"))
        .table(
            "support_deliveries",
            delivery("F1", "C1", 2022, 1, "1000.00", true),
            delivery("F1", "C2", 2022, 1, "999.99", true),
            delivery("F1", "C3", 2022, 2, "1200.00", false),
            delivery("F1", "C1", 2023, 1, "1000.00", true),
            delivery("F2", "C1", 2022, 2, "500.00", false),
            delivery("F2", "C3", 2022, 1, "100.00", false),
            delivery("F3", "C1", 2023, 5, "5000.00", true),
            delivery("F5", "C1", 2022, 9, "9.00", true),
            delivery("G1", "C3", 2022, 0, "0.00", false))
        .table("work_items", workItem("C1", 2022, "I1"), workItem("C1", 2023, "I1"));

    // when
    fulfilment = martRows(raw, SupportFulfilment.NAME);
  }

  @Test
  void tasksArePairsOfApplicationsInForceAndCommunitiesInScope() {
    // then 2022: F1 × C1 C2 C3 and F2 × C1 C2 (revoked on 2022-01-01, so in force that year);
    // 2023: F1 × C1 C2 C3. F3 is decided after both year-ends, F4 rejected, F5 revoked in 2021
    assertThat((Long) rowOf(2022, "P1").getAs("tasks_entrusted")).isEqualTo(5L);
    assertThat((Long) rowOf(2023, "P1").getAs("tasks_entrusted")).isEqualTo(3L);
    // G1, decided on the 2022 year-end, is in force in 2022 and 2023
    assertThat((Long) rowOf(2022, "P2").getAs("tasks_entrusted")).isEqualTo(1L);
    assertThat((Long) rowOf(2023, "P2").getAs("tasks_entrusted")).isEqualTo(1L);
  }

  @Test
  void promisedSumsTheSupportOfEveryTask() {
    // then 2022: 3 × 1 + 2 × 2 persons, 3 × 1000.00 + 2 × 500.00 yuan
    assertThat((Long) rowOf(2022, "P1").getAs("promised_personnel")).isEqualTo(7L);
    assertThat((BigDecimal) rowOf(2022, "P1").getAs("promised_funding_yuan"))
        .isEqualByComparingTo("4000.00");
  }

  @Test
  void deliveredSumsEveryDeliveryOfTheApplicationsInForceThatYear() {
    // then 2022: F1 1 + 1 + 2, F2 2 + 1 (C3 is outside F2's scope but still counts); F5 is not
    // in force. 1000.00 + 999.99 + 1200.00 + 500.00 + 100.00 yuan
    assertThat((Long) rowOf(2022, "P1").getAs("delivered_personnel")).isEqualTo(7L);
    assertThat((BigDecimal) rowOf(2022, "P1").getAs("delivered_funding_yuan"))
        .isEqualByComparingTo("3799.99");
    // 2023: F1 C1 only; F3's delivery does not count, F3 is not in force
    assertThat((Long) rowOf(2023, "P1").getAs("delivered_personnel")).isEqualTo(1L);
  }

  @Test
  void fulfilmentIsDeliveredOverPromised() {
    // then 2022: 7 / 7 and 3799.99 / 4000.00; 2023: 1 / 3 and 1000.00 / 3000.00
    assertThat((Double) rowOf(2022, "P1").getAs("personnel_fulfilment")).isEqualTo(1.0);
    assertThat((Double) rowOf(2022, "P1").getAs("funding_fulfilment"))
        .isCloseTo(0.9499975, within(1e-12));
    assertThat((Double) rowOf(2023, "P1").getAs("personnel_fulfilment"))
        .isCloseTo(1.0 / 3, within(1e-12));
    assertThat((Double) rowOf(2023, "P1").getAs("funding_fulfilment"))
        .isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void fulfilmentIsNullWhenNothingWasPromised() {
    // then G1 promised 0 persons and 0.00 yuan; P3 has no tasks at all
    assertThat((Double) rowOf(2022, "P2").getAs("personnel_fulfilment")).isNull();
    assertThat((Double) rowOf(2022, "P2").getAs("funding_fulfilment")).isNull();
    assertThat((Double) rowOf(2022, "P3").getAs("funding_fulfilment")).isNull();
  }

  @Test
  void taskIsSupportedWhenItsDeliveryMeetsEveryPromise() {
    // then 2022: F1 C1 met all; F1 C2 is 0.01 yuan short; F1 C3 lacks the promised materials;
    // F2 C1 met all (no materials promised); F2 C2 has no delivery row
    assertThat((Long) rowOf(2022, "P1").getAs("tasks_supported")).isEqualTo(2L);
    assertThat((Long) rowOf(2022, "P1").getAs("unsupported_tasks")).isEqualTo(3L);
    // G1 C3 promised nothing and delivered nothing: supported in 2022 by its delivery row, not in
    // 2023 without one
    assertThat((Long) rowOf(2022, "P2").getAs("tasks_supported")).isEqualTo(1L);
    assertThat((Long) rowOf(2023, "P2").getAs("unsupported_tasks")).isEqualTo(1L);
  }

  @Test
  void departmentWithoutApplicationsHasZerosInEveryReportingYear() {
    // then
    assertThat(fulfilment).hasSize(6);
    Row p3 = rowOf(2023, "P3");
    assertThat(
            List.of(
                p3.getAs("tasks_entrusted"),
                p3.getAs("promised_personnel"),
                p3.getAs("delivered_personnel"),
                p3.getAs("tasks_supported"),
                p3.getAs("unsupported_tasks")))
        .containsOnly(0L);
    assertThat((BigDecimal) p3.getAs("promised_funding_yuan")).isEqualByComparingTo("0");
    assertThat((BigDecimal) p3.getAs("delivered_funding_yuan")).isEqualByComparingTo("0");
  }

  private Row rowOf(int year, String deptCode) {
    return MartRows.find(fulfilment, "year", year, "dept_code", deptCode);
  }

  private static Map<String, Object> application(
      String id,
      String deptCode,
      String scope,
      int personnel,
      String yuan,
      String materials,
      String status,
      String decidedOn,
      String revokedOn) {
    return SourceRows.application(
        id,
        deptCode,
        status,
        decidedOn,
        "revoked_on",
        revokedOn,
        "scope",
        scope,
        "support_personnel",
        personnel,
        "support_funding_yuan",
        yuan,
        "support_materials",
        materials);
  }
}
