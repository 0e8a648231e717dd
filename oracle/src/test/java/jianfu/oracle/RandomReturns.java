package jianfu.oracle;

import java.time.LocalDate;
import java.util.List;

/**
 * The returns, with the gaps of real districts: most arrive before their due date (01-31 of the
 * next year), some on it, some a day or weeks late, some never; a few rows are missing; some are
 * nil returns. A silent community-year sent neither its work-item list nor its ledger inventory (no
 * row, or a row never received). The returns' years are the reporting years.
 */
final class RandomReturns {

  private static final List<String> DATASETS =
      List.of("WORK_ITEMS", "LEDGERS", "SIGNBOARDS", "ACTIVITIES");

  private final RandomDistrict district;

  RandomReturns(RandomDistrict district) {
    this.district = district;
  }

  void generate() {
    for (String community : district.communities) {
      for (int year : district.reportingYears()) {
        for (String dataset : DATASETS) {
          boolean silent =
              district.silent(community, year)
                  && List.of("WORK_ITEMS", "LEDGERS").contains(dataset);
          if (!district.chance(silent ? 0.5 : 0.08)) {
            addReturn(community, year, dataset, silent);
          }
        }
      }
    }
  }

  private void addReturn(String community, int year, String dataset, boolean silent) {
    LocalDate dueOn = LocalDate.of(year + 1, 1, 31);
    LocalDate receivedOn = silent || district.chance(0.12) ? null : receivedOn(dueOn);
    Boolean nilReturn =
        receivedOn != null && district.chance(0.12)
            ? Boolean.TRUE
            : district.chance(0.5) ? null : Boolean.FALSE;
    district.rows.add(
        "returns",
        new RawRow()
            .with("org_code", community)
            .with("year", year)
            .with("dataset", dataset)
            .with("due_on", dueOn)
            .with("received_on", receivedOn)
            .with("nil_return", nilReturn));
  }

  /** On the due date, a day late, weeks late or before it. */
  private LocalDate receivedOn(LocalDate dueOn) {
    return switch (district.random.nextInt(6)) {
      case 0 -> dueOn;
      case 1 -> dueOn.plusDays(1);
      case 2 -> dueOn.plusDays(district.between(2, 60));
      default -> dueOn.minusDays(district.between(1, 40));
    };
  }
}
