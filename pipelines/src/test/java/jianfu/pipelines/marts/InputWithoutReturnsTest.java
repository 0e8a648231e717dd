package jianfu.pipelines.marts;

import static jianfu.pipelines.SourceRows.ledger;
import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.workItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import jianfu.pipelines.RawFixture;
import jianfu.pipelines.SparkSessionTest;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input without returns gives the v1 figures (decisions.md, indicators 10): every community
 * reported every dataset of every reporting year. District D1; S1 with C1 and C2, S2 with C3. No
 * returns, no activities, no signboards; C2 has no record at all.
 *
 * <pre>
 *                2022          2023
 * work items     C1 2, C3 2    C1 1, C3 2
 * ledger vols    C1 40         C1 10
 * </pre>
 */
class InputWithoutReturnsTest extends SparkSessionTest {

  private RunMarts marts;

  @BeforeAll
  void runPipeline(@TempDir Path raw) {
    // given
    new RawFixture(spark, raw)
        .table("org_units", orgUnits("S1: C1 C2", "S2: C3"))
        .table(
            "work_items",
            workItem("C1", 2022, "I1"),
            workItem("C1", 2022, "I2"),
            workItem("C3", 2022, "I1"),
            workItem("C3", 2022, "I2"),
            workItem("C1", 2023, "I1"),
            workItem("C3", 2023, "I1"),
            workItem("C3", 2023, "I2"))
        .table("ledgers", ledger("L1", "C1", 2022, 40), ledger("L2", "C1", 2023, 10));

    // when
    marts = RunMarts.of(spark, raw);
  }

  @Test
  void aCommunityWithoutRecordsCountsZeroNotNull() {
    // when
    Row c2in2023 = marts.burden(2023, "C2");

    // then every measure and unadmitted count of C2 is 0, as in v1
    for (String measure : List.of("work_items", "activities", "signboards", "ledger_volumes")) {
      assertThat((Long) c2in2023.getAs(measure)).as(measure).isZero();
      assertThat((Long) c2in2023.getAs("unadmitted_" + measure)).as(measure).isZero();
    }
    assertThat(marts.rows(BurdenByCommunity.NAME)).hasSize(2 * 3);
  }

  @Test
  void burdenSummaryHasTheV1FiguresOverEveryCommunity() {
    // when
    Row district2023 = marts.summary(2023, "D1");

    // then work items 2 + 0 + 2 = 4 -> 1 + 0 + 2 = 3 over all 3 communities: 100 × 1 / 4 = 25.0
    assertThat((Long) district2023.getAs("communities")).isEqualTo(3L);
    assertThat((Long) district2023.getAs("work_items_reporting")).isEqualTo(3L);
    assertThat((Long) district2023.getAs("work_items")).isEqualTo(3L);
    assertThat((Double) district2023.getAs("work_items_per_community")).isEqualTo(1.0);
    assertThat((Long) district2023.getAs("work_items_baseline")).isEqualTo(4L);
    assertThat((Long) district2023.getAs("work_items_comparable")).isEqualTo(3L);
    assertThat((BigDecimal) district2023.getAs("work_items_reduction_pct"))
        .isEqualByComparingTo("25.0");
    // ledger volumes 40 -> 10: 75.0; activities 0 against 0: no reduction, but 0, not null
    assertThat((BigDecimal) district2023.getAs("ledger_volumes_reduction_pct"))
        .isEqualByComparingTo("75.0");
    assertThat((Long) district2023.getAs("activities")).isZero();
    assertThat((Long) district2023.getAs("activities_comparable")).isEqualTo(3L);
    assertThat((BigDecimal) district2023.getAs("activities_reduction_pct")).isNull();
    // S1: C1 2 -> 1 and C2 0 -> 0, both comparable: 50.0
    assertThat((Long) marts.summary(2023, "S1").getAs("work_items_comparable")).isEqualTo(2L);
    assertThat((BigDecimal) marts.summary(2023, "S1").getAs("work_items_reduction_pct"))
        .isEqualByComparingTo("50.0");
  }

  @Test
  void everyYearIsFinalAndTheHeadlineYearIsTheLatest() {
    // then reporting rate 12 of 12 in every area and year
    assertThat(marts.rows(BurdenSummary.NAME))
        .extracting(
            row -> row.<Integer>getAs("year"),
            row -> row.<String>getAs("org_code"),
            row -> row.<Double>getAs("reporting_rate"),
            row -> row.<String>getAs("status"),
            row -> row.<Integer>getAs("headline_year"))
        .containsExactlyInAnyOrder(
            tuple(2022, "D1", 1.0, "FINAL", 2023),
            tuple(2022, "S1", 1.0, "FINAL", 2023),
            tuple(2022, "S2", 1.0, "FINAL", 2023),
            tuple(2023, "D1", 1.0, "FINAL", 2023),
            tuple(2023, "S1", 1.0, "FINAL", 2023),
            tuple(2023, "S2", 1.0, "FINAL", 2023));
  }

  @Test
  void reportingRatesCountEveryReturnReceivedAndNoneDated() {
    // when
    Row all2023 = marts.rate(2023, "DISTRICT", "D1", "ALL");

    // then expected 12, received 12; no return, so none on time, late or nil
    assertThat(RunMarts.counts(all2023)).containsExactly(12L, 12L, 0L, 0L, 0L);
    assertThat((Double) all2023.getAs("reporting_rate")).isEqualTo(1.0);
  }

  @Test
  void publicStatisticsArePublishedNotProvisional() {
    // then the district (3 communities, at the threshold) is published; its streets are not
    assertThat(marts.statistic(2023, "D1", "work_items_reduction_pct"))
        .containsExactly("PUBLISHED", 25.0);
    assertThat(marts.statistic(2023, "D1", "reporting_rate_pct"))
        .containsExactly("PUBLISHED", 100.0);
    assertThat(marts.statistic(2022, "D1", "work_items")).containsExactly("PUBLISHED", 4.0);
  }
}
