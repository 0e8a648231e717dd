package jianfu.demo;

/**
 * The four burden measures of indicators.md §1 and the reduction the reform reported for each, from
 * the baseline to the latest year. {@code achieved} is the share of that reduction reached by each
 * reporting year (a plausible decline, fastest at the 2023 launch).
 */
enum Measure {
  WORK_ITEMS(60, 0.55, 0.85),
  ACTIVITIES(85, 0.60, 0.90),
  SIGNBOARDS(75, 0.50, 0.80),
  LEDGER_VOLUMES(85, 0.55, 0.85);

  final int reductionPct;
  private final double[] achieved;

  Measure(int reductionPct, double achievedBy2023, double achievedBy2024) {
    this.reductionPct = reductionPct;
    this.achieved = new double[] {0, achievedBy2023, achievedBy2024, 1};
  }

  /**
   * The district total of a year, chosen before it is spread over communities: the latest year is
   * the baseline less exactly the reported reduction (to the nearest unit).
   */
  int districtTotal(int baselineTotal, int year) {
    double kept = 1 - reductionPct / 100.0 * achieved[Years.index(year)];
    return (int) Math.round(baselineTotal * kept);
  }
}
