package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's headline as contract v2 computes it, from the generated CSVs alone: 2025 is the latest
 * FINAL year (reporting rate at least 0.9) and reads -60/-85/-75/-85 like for like, 2026 is
 * PROVISIONAL, and the returns and flaws that make the figures honest are there to see.
 */
class HonestHeadlineTest {

  private static final double COMPLETENESS_THRESHOLD = 0.9;
  private static final int BASELINE = 2022;
  private static final int HEADLINE = 2025;
  private static final int CURRENT = 2026;
  private static final Map<String, Double> REPORTED_REDUCTIONS =
      Map.of("WORK_ITEMS", 60.0, "LEDGERS", 85.0, "SIGNBOARDS", 75.0, "ACTIVITIES", 85.0);

  private static DemoFolder demo;
  private static ReportedBurden burden;

  @BeforeAll
  static void recount() {
    demo = DemoFolder.shared();
    burden = ReportedBurden.of(demo);
  }

  @Test
  void theReportingYearsAreThoseOfTheReturnsAndOnlyTheLastIsProvisional() {
    // given the reporting years (those of returns) and their reporting rates
    // when each is classed FINAL or PROVISIONAL
    // then 2022 (the baseline) to 2025 are FINAL, 2026 well below the threshold
    assertThat(burden.reportingYears).containsExactly(2022, 2023, 2024, 2025, 2026);
    for (int year = BASELINE; year <= HEADLINE; year++) {
      assertThat(burden.reportingRate(year))
          .as("" + year)
          .isGreaterThanOrEqualTo(COMPLETENESS_THRESHOLD);
    }
    assertThat(burden.reportingRate(CURRENT)).isBetween(0.3, 0.7);
    assertThat(headlineYear()).isEqualTo(HEADLINE);
  }

  @Test
  void theHeadlineYearReadsTheReportedReductionsLikeForLike() {
    // when the headline year's reductions are recounted over the comparable communities
    // then each is the reform's reported one within a point
    REPORTED_REDUCTIONS.forEach(
        (dataset, target) ->
            assertThat(burden.likeForLikeReductionPct(dataset, BASELINE, HEADLINE))
                .as(dataset)
                .isCloseTo(target, within(1.0)));
  }

  @Test
  void countingMissingReturnsAsZeroWouldFlatterTheYearlyLists() {
    // given communities that did not report in the headline year
    // when they are counted as 0, as the v1 figures did
    // then the work item and activity reductions read higher than like for like
    for (String dataset : List.of("WORK_ITEMS", "ACTIVITIES")) {
      assertThat(burden.reporting(dataset, HEADLINE)).isLessThan(burden.communities.size());
      assertThat(burden.reductionCountingMissingAsZeroPct(dataset, BASELINE, HEADLINE))
          .as(dataset)
          .isGreaterThan(burden.likeForLikeReductionPct(dataset, BASELINE, HEADLINE));
    }
  }

  @Test
  void someCommunitiesAreLeftOutOfTheComparisonAndTheCurrentYearIsPartlyIn() {
    // a community without its baseline ledger inventory reports later years, uncompared
    assertThat(burden.communities)
        .anySatisfy(
            c -> {
              assertThat(burden.value("LEDGERS", c, BASELINE)).isNull();
              assertThat(burden.value("LEDGERS", c, HEADLINE)).isNotNull();
            });
    // 2026's yearly lists are in for some communities only
    for (String dataset : List.of("WORK_ITEMS", "LEDGERS", "ACTIVITIES")) {
      assertThat(burden.reporting(dataset, CURRENT))
          .as(dataset)
          .isPositive()
          .isLessThan(burden.communities.size() / 2);
    }
  }

  @Test
  void returnsComeOnTimeLateUnloggedAsNilReturnsOrNotAtAll() {
    // given every returns row of a closed year, classed with what the community has on record
    Map<String, Integer> kinds = new HashMap<>();
    for (Map<String, String> row : demo.loadedRows("returns")) {
      if (Integer.parseInt(row.get("year")) != CURRENT) {
        kinds.merge(kind(row), 1, Integer::sum);
      }
    }
    // then each kind occurs, a few of each, most on time
    assertThat(kinds).containsOnlyKeys("on time", "late", "unlogged", "nil", "not reported");
    for (String kind : List.of("late", "unlogged", "nil", "not reported")) {
      assertThat(kinds.get(kind)).as(kind).isBetween(1, kinds.get("on time") / 5);
    }
    assertThat(demo.loadedRows("returns"))
        .hasSize(burden.communities.size() * 4 * burden.reportingYears.size());
  }

  @Test
  void theFlawsIncludeOneRecordOfEachWarning() {
    // given the flaws that load with a warning
    List<Flaw> warned = demo.summary.flaws().stream().filter(Flaw::warned).toList();
    // then there is one of each, a burden record written to its table's files
    assertThat(warned)
        .extracting(Flaw::expected)
        .containsExactlyInAnyOrder("UNRESOLVED_APPROVAL", "UNRESOLVED_DEPARTMENT", "OUT_OF_PERIOD");
    for (Flaw flaw : warned) {
      assertThat(List.of("work_items", "ledgers", "activities")).contains(flaw.table());
      assertThat(demo.allCells(flaw.table())).as(flaw.why()).contains(flaw.cells());
    }
    // and the out-of-period record's year is no reporting year
    Flaw outOfPeriod =
        warned.stream().filter(f -> f.expected().equals("OUT_OF_PERIOD")).findFirst().orElseThrow();
    int yearColumn = Contract.load().source(outOfPeriod.table()).columnNames().indexOf("year");
    assertThat(burden.reportingYears)
        .doesNotContain(Integer.parseInt(outOfPeriod.cells().get(yearColumn)));
  }

  /**
   * What a return came to: a nil return (received, nothing on record: a reported 0), on time or
   * late by its received_on, and without one, reported by its records (unlogged) or not reported.
   */
  private static String kind(Map<String, String> row) {
    int year = Integer.parseInt(row.get("year"));
    Integer value = burden.value(row.get("dataset"), row.get("org_code"), year);
    String receivedOn = row.get("received_on");
    if (row.get("nil_return").equals("true")) {
      return !receivedOn.isEmpty() && Integer.valueOf(0).equals(value) ? "nil" : "inconsistent nil";
    }
    if (receivedOn.isEmpty()) {
      return value == null ? "not reported" : "unlogged";
    }
    return receivedOn.compareTo(row.get("due_on")) <= 0 ? "on time" : "late";
  }

  /** The latest reporting year whose district reporting rate reaches the threshold. */
  private static int headlineYear() {
    return burden.reportingYears.stream()
        .filter(year -> burden.reportingRate(year) >= COMPLETENESS_THRESHOLD)
        .max(Integer::compare)
        .orElseThrow();
  }
}
