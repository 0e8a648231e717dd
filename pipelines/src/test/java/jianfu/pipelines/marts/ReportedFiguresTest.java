package jianfu.pipelines.marts;

import static jianfu.pipelines.SourceRows.ledger;
import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.returned;
import static jianfu.pipelines.SourceRows.workItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jianfu.pipelines.RawFixture;
import jianfu.pipelines.SparkSessionTest;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The v2 figures that rest on the returns: reporting years, who reported what, burden nulls,
 * like-for-like reductions, reporting rates, FINAL and PROVISIONAL, the headline year, validation
 * rules and public statistics. District D1; S1 with C1 and C2, S2 with C3. Returns are due on 01-31
 * of the next year.
 *
 * <pre>
 *            2022                          2023                           2024
 * C1   all 4; ledgers on the due date; WI received; ledgers row without   WI received
 *      signboards, activities nil      received_on; the rest nil
 * C2   WI nil; ledgers late;           all 4 (WI on the due date),        WI row never received
 *      signboards, activities nil      signboards, activities nil
 * C3   nothing (reports only in 2023)  all 4, signboards, activities nil  nothing
 *
 * work items   C1 10 (and 1 of 2021)   C1 1, C2 1, C3 20               C1 3
 * ledger vols  C1 50, C2 30            C1 10, C2 15, C3 3001
 * </pre>
 *
 * 2021 is in no return: C1's item of 2021 is out of period and counts nowhere.
 */
class ReportedFiguresTest extends SparkSessionTest {

  private RunMarts marts;

  @BeforeAll
  void runPipeline(@TempDir Path raw) {
    // given
    List<Map<String, Object>> workItems = new ArrayList<>();
    workItems.add(workItem("C1", 2021, "OLD"));
    addWorkItems(workItems, "C1", 2022, 10);
    addWorkItems(workItems, "C1", 2023, 1);
    addWorkItems(workItems, "C2", 2023, 1);
    addWorkItems(workItems, "C3", 2023, 20);
    addWorkItems(workItems, "C1", 2024, 3);
    new RawFixture(spark, raw)
        .table("org_units", orgUnits("S1: C1 C2", "S2: C3"))
        .table("work_items", workItems)
        .table(
            "ledgers",
            ledger("L1", "C1", 2022, 50),
            ledger("L2", "C2", 2022, 30),
            ledger("L3", "C1", 2023, 10),
            ledger("L4", "C2", 2023, 15),
            ledger("L5", "C3", 2023, 3001))
        .table(
            "returns",
            returned("C1", 2022, "WORK_ITEMS", "2023-01-10"),
            returned("C1", 2022, "LEDGERS", "2023-01-31"),
            returned("C1", 2022, "SIGNBOARDS", "2023-01-05", "nil_return", true),
            returned("C1", 2022, "ACTIVITIES", "2023-01-05", "nil_return", true),
            returned("C2", 2022, "WORK_ITEMS", "2023-01-20", "nil_return", true),
            returned("C2", 2022, "LEDGERS", "2023-02-15"),
            returned("C2", 2022, "SIGNBOARDS", "2023-01-05", "nil_return", true),
            returned("C2", 2022, "ACTIVITIES", "2023-01-05", "nil_return", true),
            returned("C1", 2023, "WORK_ITEMS", "2024-01-10"),
            returned("C1", 2023, "LEDGERS", null),
            returned("C1", 2023, "SIGNBOARDS", "2024-01-05", "nil_return", true),
            returned("C1", 2023, "ACTIVITIES", "2024-01-05", "nil_return", true),
            returned("C2", 2023, "WORK_ITEMS", "2024-01-31"),
            returned("C2", 2023, "LEDGERS", "2024-01-20"),
            returned("C2", 2023, "SIGNBOARDS", "2024-01-05", "nil_return", true),
            returned("C2", 2023, "ACTIVITIES", "2024-01-05", "nil_return", true),
            returned("C3", 2023, "WORK_ITEMS", "2024-01-10"),
            returned("C3", 2023, "LEDGERS", "2024-01-31"),
            returned("C3", 2023, "SIGNBOARDS", "2024-01-05", "nil_return", true),
            returned("C3", 2023, "ACTIVITIES", "2024-01-05", "nil_return", true),
            returned("C1", 2024, "WORK_ITEMS", "2025-01-10"),
            returned("C2", 2024, "WORK_ITEMS", null));

    // when
    marts = RunMarts.of(spark, raw);
  }

  @Test
  void reportingYearsAreTheYearsOfTheReturns() {
    // then 2021 occurs only in a work item: out of period, in no mart; the baseline is 2022
    assertThat(marts.rows(BurdenByCommunity.NAME))
        .extracting(row -> row.<Integer>getAs("year"))
        .containsOnly(2022, 2023, 2024);
    assertThat(marts.rows(AccessFunnel.NAME))
        .extracting(row -> row.<Integer>getAs("year"))
        .containsOnly(2022, 2023, 2024);
    assertThat((Integer) marts.district(2022).getAs("baseline_year")).isEqualTo(2022);
  }

  @Test
  void aNilReturnIsAZeroAndAMissingReturnIsNull() {
    // when
    Row c2in2022 = marts.burden(2022, "C2");
    Row c3in2022 = marts.burden(2022, "C3");
    Row c2in2024 = marts.burden(2024, "C2");

    // then C2's nil work-item list of 2022 says 0; C3 sent nothing in 2022; C2's work-item list of
    // 2024 never came and C2 has no work item that year
    assertThat((Long) c2in2022.getAs("work_items")).isZero();
    assertThat((Long) c2in2022.getAs("unadmitted_work_items")).isZero();
    assertThat((Long) c2in2022.getAs("ledger_volumes")).isEqualTo(30L);
    for (String measure : List.of("work_items", "activities", "signboards", "ledger_volumes")) {
      assertThat((Long) c3in2022.getAs(measure)).as(measure).isNull();
      assertThat((Long) c3in2022.getAs("unadmitted_" + measure)).as(measure).isNull();
    }
    assertThat((Long) c2in2024.getAs("work_items")).isNull();
  }

  @Test
  void aReturnWithoutReceivedOnButWithRecordsIsReceivedNotOnTime() {
    // when C1's ledger inventory of 2023 has no received_on, but C1 has ledger L3
    Row ledgers2023 = marts.rate(2023, "DISTRICT", "D1", "LEDGERS");
    Row c1Ledgers2023 = marts.rate(2023, "COMMUNITY", "C1", "LEDGERS");

    // then C2 (01-20) and C3 (on the due date) are on time; C1 is received, neither on time nor
    // late
    assertThat(RunMarts.counts(ledgers2023)).containsExactly(3L, 3L, 2L, 0L, 0L);
    assertThat((Double) ledgers2023.getAs("reporting_rate")).isEqualTo(1.0);
    assertThat((Double) ledgers2023.getAs("on_time_rate")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(RunMarts.counts(c1Ledgers2023)).containsExactly(1L, 1L, 0L, 0L, 0L);
    assertThat((Long) marts.burden(2023, "C1").getAs("ledger_volumes")).isEqualTo(10L);
  }

  @Test
  void reportingRatesCountExpectedReceivedOnTimeLateAndNilReturns() {
    // when
    Row ledgers2022 = marts.rate(2022, "DISTRICT", "D1", "LEDGERS");
    Row all2022 = marts.rate(2022, "DISTRICT", "D1", "ALL");
    Row c3All2022 = marts.rate(2022, "COMMUNITY", "C3", "ALL");
    Row s1WorkItems2024 = marts.rate(2024, "STREET", "S1", "WORK_ITEMS");

    // then 2022 ledgers: C1 on the due date, C2 late, C3 nothing
    assertThat(RunMarts.counts(ledgers2022)).containsExactly(3L, 2L, 1L, 1L, 0L);
    assertThat((Double) ledgers2022.getAs("on_time_rate")).isCloseTo(1.0 / 3, within(1e-12));
    // all four of 2022: C1 4 and C2 4 received; on time all but C2's ledgers; 5 nil returns
    assertThat(RunMarts.counts(all2022)).containsExactly(12L, 8L, 7L, 1L, 5L);
    assertThat((Double) all2022.getAs("reporting_rate")).isCloseTo(8.0 / 12, within(1e-12));
    assertThat(RunMarts.counts(c3All2022)).containsExactly(4L, 0L, 0L, 0L, 0L);
    assertThat((Double) c3All2022.getAs("reporting_rate")).isZero();
    // 2024: C1 received, C2's row never received
    assertThat(RunMarts.counts(s1WorkItems2024)).containsExactly(2L, 1L, 1L, 0L, 0L);
    // 3 years × (D1, S1, S2, C1, C2, C3) × (4 datasets + ALL)
    assertThat(marts.rows(ReportingRates.NAME)).hasSize(3 * 6 * 5);
  }

  @Test
  void aCommunityReportingOnlyInTheLatestYearIsLeftOutOfTheLikeForLikeReduction() {
    // when
    Row district2023 = marts.district(2023);

    // then work items: C1 1 + C2 1 + C3 20 = 22 over 3 reporting communities; baseline 2022: C1 10
    // + C2 0 (nil return); only C1 and C2 are comparable: 100 × (10 − 2) / 10 = 80.0, where all
    // communities against the baseline would read 100 × (10 − 22) / 10 = −120.0
    assertThat((Long) district2023.getAs("work_items_reporting")).isEqualTo(3L);
    assertThat((Long) district2023.getAs("work_items")).isEqualTo(22L);
    assertThat((Double) district2023.getAs("work_items_per_community"))
        .isCloseTo(22.0 / 3, within(1e-12));
    assertThat((Long) district2023.getAs("work_items_baseline")).isEqualTo(10L);
    assertThat((Long) district2023.getAs("work_items_comparable")).isEqualTo(2L);
    assertThat((BigDecimal) district2023.getAs("work_items_reduction_pct"))
        .isEqualByComparingTo("80.0");
    // ledger volumes: comparable C1 and C2, 50 + 30 → 10 + 15: 100 × 55 / 80 = 68.75 → 68.8
    assertThat((Long) district2023.getAs("ledger_volumes")).isEqualTo(3026L);
    assertThat((BigDecimal) district2023.getAs("ledger_volumes_reduction_pct"))
        .isEqualByComparingTo("68.8");
    // 2024: only C1 reported work items: 3 against its 10
    assertThat((Long) marts.district(2024).getAs("work_items_comparable")).isEqualTo(1L);
    assertThat((BigDecimal) marts.district(2024).getAs("work_items_reduction_pct"))
        .isEqualByComparingTo("70.0");
  }

  @Test
  void statusIsFinalFromTheCompletenessThresholdAndTheHeadlineYearIsTheLatestFinal() {
    // then reported: 2022 8 of 12, 2023 12 of 12, 2024 1 of 12; S2 in 2022: 0 of 4
    assertThat(marts.rows(BurdenSummary.NAME))
        .filteredOn(row -> row.getAs("level").equals("DISTRICT"))
        .extracting(
            row -> row.<Integer>getAs("year"),
            row -> row.<String>getAs("status"),
            row -> row.<Integer>getAs("headline_year"))
        .containsExactlyInAnyOrder(
            tuple(2022, "PROVISIONAL", 2023),
            tuple(2023, "FINAL", 2023),
            tuple(2024, "PROVISIONAL", 2023));
    assertThat((Double) marts.district(2022).getAs("reporting_rate"))
        .isCloseTo(8.0 / 12, within(1e-12));
    Row s2in2022 = marts.summary(2022, "S2");
    assertThat((Double) s2in2022.getAs("reporting_rate")).isZero();
    assertThat((Long) s2in2022.getAs("work_items")).isNull();
    assertThat((String) s2in2022.getAs("status")).isEqualTo("PROVISIONAL");
  }

  @Test
  void validationRulesFlagTheCommunityYearsWhoseCheckIsFalse() {
    // then C2 2022: 30 ledger volumes and 0 work items; C1 2023: 1 work item after 10 (below
    // 0.2 × 10); C3 2023: 3001 ledger volumes. Not flagged: 2022 against 2021 (no reporting year),
    // C3 2023 against 2022 (not reported), C1 2024 ledgers (unreported: null)
    assertThat(marts.rows(ValidationViolations.NAME))
        .extracting(
            row -> row.<Integer>getAs("year"),
            row -> row.<String>getAs("org_code"),
            row -> row.<String>getAs("street_code"),
            row -> row.<String>getAs("rule_code"))
        .containsExactlyInAnyOrder(
            tuple(2022, "C2", "S1", "LEDGERS_WITHOUT_WORK_ITEMS"),
            tuple(2023, "C1", "S1", "WORK_ITEMS_FELL_80"),
            tuple(2023, "C3", "S2", "LEDGER_VOLUMES_OVER_3000"));
  }

  @Test
  void publishedFiguresOfAProvisionalYearAreProvisionalUnlessSuppressed() {
    // then the district (3 communities) is published, its streets (2 and 1) suppressed
    assertThat(marts.statistic(2022, "D1", "work_items")).containsExactly("PROVISIONAL", 10.0);
    assertThat(marts.statistic(2022, "D1", "applications_submitted"))
        .containsExactly("PROVISIONAL", 0.0);
    assertThat(marts.statistic(2023, "D1", "work_items")).containsExactly("PUBLISHED", 22.0);
    // 22 / 3 = 7.33 → 7.3 per reporting community
    assertThat(marts.statistic(2023, "D1", "work_items_per_community"))
        .containsExactly("PUBLISHED", 7.3);
    assertThat(marts.statistic(2023, "D1", "work_items_reduction_pct"))
        .containsExactly("PUBLISHED", 80.0);
    // reporting rate: 8 / 12 = 66.67 → 66.7; 12 / 12; 1 / 12 = 8.33 → 8.3
    assertThat(marts.statistic(2022, "D1", "reporting_rate_pct"))
        .containsExactly("PROVISIONAL", 66.7);
    assertThat(marts.statistic(2023, "D1", "reporting_rate_pct"))
        .containsExactly("PUBLISHED", 100.0);
    assertThat(marts.statistic(2024, "D1", "reporting_rate_pct"))
        .containsExactly("PROVISIONAL", 8.3);
    assertThat(marts.statistic(2022, "S1", "work_items")).containsExactly("SUPPRESSED", null);
  }

  private static void addWorkItems(
      List<Map<String, Object>> workItems, String orgCode, int year, int count) {
    IntStream.rangeClosed(1, count)
        .forEach(item -> workItems.add(workItem(orgCode, year, "I" + item)));
  }
}
