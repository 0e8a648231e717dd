package jianfu.pipelines.intermediate;

/**
 * The four returns a community sends every year, each with the burden measure it reports
 * (docs/indicators.md, Terms: "Measures map to datasets"), in the order of the measures in the
 * marts.
 */
public enum BurdenDataset {
  WORK_ITEMS("work_items"),
  ACTIVITIES("activities"),
  SIGNBOARDS("signboards"),
  LEDGERS("ledger_volumes");

  private final String measure;

  BurdenDataset(String measure) {
    this.measure = measure;
  }

  /** The burden_by_community and burden_summary column of the measure, e.g. ledger_volumes. */
  public String measure() {
    return measure;
  }
}
