package jianfu.demo;

/**
 * The reduction the reform reported for each of the four burden measures (the contract's measures,
 * named here by the return, dataset, each is reported in), from the baseline to the latest closed
 * year. {@code achieved} is the share of that reduction reached by each closed year (a plausible
 * decline, fastest at the 2023 launch); the current year holds it.
 */
enum ReportedReduction {
  WORK_ITEMS("WORK_ITEMS", 60, 0.55, 0.85),
  LEDGER_VOLUMES("LEDGERS", 85, 0.55, 0.85),
  SIGNBOARDS("SIGNBOARDS", 75, 0.50, 0.80),
  ACTIVITIES("ACTIVITIES", 85, 0.60, 0.90);

  /** The value of the returns table's dataset column. */
  final String dataset;

  final int reductionPct;
  private final double[] achieved;

  ReportedReduction(
      String dataset, int reductionPct, double achievedBy2023, double achievedBy2024) {
    this.dataset = dataset;
    this.reductionPct = reductionPct;
    this.achieved = new double[] {0, achievedBy2023, achievedBy2024, 1};
  }

  /**
   * Whether the measure counts a stock kept in a register rather than a year's list: a signboard
   * row is one board for its whole life, so the boards still up count for a year whether or not its
   * return came back, and such a return is never "not reported".
   */
  boolean isStock() {
    return this == SIGNBOARDS;
  }

  /**
   * The total of a closed year over communities whose baseline total is given, chosen before it is
   * spread over them: the latest closed year is the baseline less exactly the reported reduction
   * (to the nearest unit).
   */
  int total(long baselineTotal, int year) {
    return (int) Math.round(baselineTotal * kept(year));
  }

  /** The share of the baseline still carried in a closed year. */
  double kept(int year) {
    return 1 - reductionPct / 100.0 * achieved[Years.index(year)];
  }
}
