package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recounts the four burden measures from the generated CSVs, following indicators.md §1 (every
 * record, admitted or not; flawed rows left out), and checks the district's reductions and the
 * baseline sizes of its communities.
 */
class CalibrationTest {

  private static final int BASELINE = 2022;
  private static final int LATEST = 2025;

  private static Set<String> communities;

  /** Per measure: community code → (year → value). */
  private static Map<String, Map<Integer, Integer>> workItems;

  private static Map<String, Map<Integer, Integer>> activities;
  private static Map<String, Map<Integer, Integer>> signboards;
  private static Map<String, Map<Integer, Integer>> ledgerVolumes;

  @BeforeAll
  static void recount() {
    DemoFolder demo = DemoFolder.shared();
    communities = new HashSet<>();
    for (Map<String, String> org : demo.rows("org_units")) {
      if (org.get("level").equals("COMMUNITY")) {
        communities.add(org.get("org_code"));
      }
    }
    workItems = distinctPerYear(demo.rows("work_items"), "item_code", "year");
    activities = distinctPerYear(demo.rows("activities"), "activity_id", "held_on");
    ledgerVolumes = new HashMap<>();
    for (Map<String, String> ledger : demo.rows("ledgers")) {
      ledgerVolumes
          .computeIfAbsent(ledger.get("org_code"), c -> new HashMap<>())
          .merge(
              Integer.parseInt(ledger.get("year")),
              Integer.parseInt(ledger.get("volumes")),
              Integer::sum);
    }
    signboards = new HashMap<>();
    for (Map<String, String> board : demo.rows("signboards")) {
      for (int year = BASELINE; year <= LATEST; year++) {
        String yearEnd = year + "-12-31";
        String removed = board.get("removed_on");
        boolean up =
            board.get("installed_on").compareTo(yearEnd) <= 0
                && (removed.isEmpty() || removed.compareTo(yearEnd) > 0);
        if (up) {
          signboards
              .computeIfAbsent(board.get("org_code"), c -> new HashMap<>())
              .merge(year, 1, Integer::sum);
        }
      }
    }
  }

  @Test
  void districtReductionsOfTheLatestYearAreTheReportedOnes() {
    // given the reform's reported reductions (indicators.md §1)
    // when the district totals are recounted
    // then each is met within half a point
    assertThat(reductionPct(workItems)).isCloseTo(60.0, within(0.5));
    assertThat(reductionPct(activities)).isCloseTo(85.0, within(0.5));
    assertThat(reductionPct(signboards)).isCloseTo(75.0, within(0.5));
    assertThat(reductionPct(ledgerVolumes)).isCloseTo(85.0, within(0.5));
  }

  @Test
  void theMiddleYearsDeclineStepByStep() {
    for (Map<String, Map<Integer, Integer>> measure :
        List.of(workItems, activities, signboards, ledgerVolumes)) {
      assertThat(
              List.of(
                  total(measure, 2022),
                  total(measure, 2023),
                  total(measure, 2024),
                  total(measure, 2025)))
          .isSortedAccordingTo((a, b) -> Integer.compare(b, a))
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void everyCommunityCarriedAFullBurdenInTheBaseline() {
    assertThat(communities).hasSizeGreaterThanOrEqualTo(100);
    for (String community : communities) {
      assertThat(value(workItems, community, BASELINE)).as(community).isGreaterThanOrEqualTo(100);
      assertThat(value(signboards, community, BASELINE)).as(community).isGreaterThanOrEqualTo(50);
      assertThat(value(ledgerVolumes, community, BASELINE)).as(community).isBetween(200, 3000);
      assertThat(value(activities, community, BASELINE)).as(community).isBetween(40, 80);
    }
  }

  /** item or activity ids per community and year; the year is the first four characters. */
  private static Map<String, Map<Integer, Integer>> distinctPerYear(
      List<Map<String, String>> rows, String idColumn, String yearColumn) {
    Map<String, Map<Integer, Set<String>>> ids = new HashMap<>();
    for (Map<String, String> row : rows) {
      int year = Integer.parseInt(row.get(yearColumn).substring(0, 4));
      ids.computeIfAbsent(row.get("org_code"), c -> new HashMap<>())
          .computeIfAbsent(year, y -> new HashSet<>())
          .add(row.get(idColumn));
    }
    Map<String, Map<Integer, Integer>> counts = new HashMap<>();
    ids.forEach(
        (community, byYear) -> {
          Map<Integer, Integer> sizes = new HashMap<>();
          byYear.forEach((year, set) -> sizes.put(year, set.size()));
          counts.put(community, sizes);
        });
    return counts;
  }

  private static int value(Map<String, Map<Integer, Integer>> measure, String community, int year) {
    return measure.getOrDefault(community, Map.of()).getOrDefault(year, 0);
  }

  private static int total(Map<String, Map<Integer, Integer>> measure, int year) {
    return communities.stream().mapToInt(community -> value(measure, community, year)).sum();
  }

  private static double reductionPct(Map<String, Map<Integer, Integer>> measure) {
    int baseline = total(measure, BASELINE);
    return 100.0 * (baseline - total(measure, LATEST)) / baseline;
  }
}
