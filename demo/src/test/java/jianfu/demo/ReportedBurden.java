package jianfu.demo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A test oracle for the burden figures of contract v2, recounted from the demo's CSVs as ingestion
 * loads them (warned rows included): the four measures per community and reporting year, null where
 * the community did not report the dataset, and from them the like-for-like reductions and the
 * reporting rates. Written from the definitions, not from the generator.
 */
final class ReportedBurden {

  static final List<String> DATASETS = List.of("WORK_ITEMS", "LEDGERS", "SIGNBOARDS", "ACTIVITIES");

  final List<String> communities;

  /** The years that occur in returns. */
  final List<Integer> reportingYears;

  /** dataset → community → year → value of its measure, for the records that exist. */
  private final Map<String, Map<String, Map<Integer, Integer>>> counted = new HashMap<>();

  /** dataset → "community|year" of the returns rows with a received_on. */
  private final Map<String, Set<String>> received = new HashMap<>();

  private ReportedBurden(DemoFolder demo) {
    communities =
        demo.loadedRows("org_units").stream()
            .filter(org -> org.get("level").equals("COMMUNITY"))
            .map(org -> org.get("org_code"))
            .toList();
    Set<Integer> years = new TreeSet<>();
    for (Map<String, String> row : demo.loadedRows("returns")) {
      years.add(Integer.parseInt(row.get("year")));
      if (!row.get("received_on").isEmpty()) {
        received
            .computeIfAbsent(row.get("dataset"), d -> new HashSet<>())
            .add(row.get("org_code") + "|" + row.get("year"));
      }
    }
    reportingYears = List.copyOf(years);
    counted.put("WORK_ITEMS", distinctPerYear(demo.loadedRows("work_items"), "item_code", "year"));
    counted.put(
        "ACTIVITIES", distinctPerYear(demo.loadedRows("activities"), "activity_id", "held_on"));
    counted.put("LEDGERS", volumes(demo.loadedRows("ledgers")));
    counted.put("SIGNBOARDS", boardsUpAtYearEnd(demo.loadedRows("signboards")));
  }

  static ReportedBurden of(DemoFolder demo) {
    return new ReportedBurden(demo);
  }

  /**
   * The community reported the dataset for the year: its return has a received_on, or it has a
   * record of the dataset counted for the year.
   */
  boolean reported(String dataset, String community, int year) {
    return received.getOrDefault(dataset, Set.of()).contains(community + "|" + year)
        || recorded(dataset, community, year) != null;
  }

  /** The community's measure for the dataset and year: null when not reported, 0 for a nil one. */
  Integer value(String dataset, String community, int year) {
    if (!reported(dataset, community, year)) {
      return null;
    }
    return Objects.requireNonNullElse(recorded(dataset, community, year), 0);
  }

  /** 100 × (Bc − Vc) / Bc over the communities reporting in the baseline and in the year. */
  double likeForLikeReductionPct(String dataset, int baseline, int year) {
    long baselineSum = 0;
    long yearSum = 0;
    for (String community : communities) {
      Integer before = value(dataset, community, baseline);
      Integer now = value(dataset, community, year);
      if (before != null && now != null) {
        baselineSum += before;
        yearSum += now;
      }
    }
    return 100.0 * (baselineSum - yearSum) / baselineSum;
  }

  /** The v1 figure: every community, an unreported dataset counted as 0. */
  double reductionCountingMissingAsZeroPct(String dataset, int baseline, int year) {
    long baselineSum = 0;
    long yearSum = 0;
    for (String community : communities) {
      baselineSum += Objects.requireNonNullElse(recorded(dataset, community, baseline), 0);
      yearSum += Objects.requireNonNullElse(recorded(dataset, community, year), 0);
    }
    return 100.0 * (baselineSum - yearSum) / baselineSum;
  }

  /** Communities reporting the dataset that year. */
  long reporting(String dataset, int year) {
    return communities.stream().filter(c -> reported(dataset, c, year)).count();
  }

  /** The four datasets' reporting communities over four times the communities. */
  double reportingRate(int year) {
    long reporting = DATASETS.stream().mapToLong(dataset -> reporting(dataset, year)).sum();
    return (double) reporting / (4.0 * communities.size());
  }

  private Integer recorded(String dataset, String community, int year) {
    return counted.get(dataset).getOrDefault(community, Map.of()).get(year);
  }

  /** Item or activity ids per community and year; the year is the first four characters. */
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

  private static Map<String, Map<Integer, Integer>> volumes(List<Map<String, String>> ledgers) {
    Map<String, Map<Integer, Integer>> volumes = new HashMap<>();
    for (Map<String, String> ledger : ledgers) {
      volumes
          .computeIfAbsent(ledger.get("org_code"), c -> new HashMap<>())
          .merge(
              Integer.parseInt(ledger.get("year")),
              Integer.parseInt(ledger.get("volumes")),
              Integer::sum);
    }
    return volumes;
  }

  private Map<String, Map<Integer, Integer>> boardsUpAtYearEnd(List<Map<String, String>> boards) {
    Map<String, Map<Integer, Integer>> up = new HashMap<>();
    for (Map<String, String> board : boards) {
      for (int year : reportingYears) {
        String yearEnd = year + "-12-31";
        String removed = board.get("removed_on");
        if (board.get("installed_on").compareTo(yearEnd) <= 0
            && (removed.isEmpty() || removed.compareTo(yearEnd) > 0)) {
          up.computeIfAbsent(board.get("org_code"), c -> new HashMap<>())
              .merge(year, 1, Integer::sum);
        }
      }
    }
    return up;
  }
}
