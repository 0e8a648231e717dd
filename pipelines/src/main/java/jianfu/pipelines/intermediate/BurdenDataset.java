package jianfu.pipelines.intermediate;

import jianfu.schemas.Contract;

/**
 * The four returns a community sends every year, each naming the records whose Spark expression
 * counts its burden measure ({@link IntRecordsAdmitted#of}), in the order of the measures in the
 * marts. Which measure a return reports is declared once, in the contract's measures.
 */
public enum BurdenDataset {
  WORK_ITEMS,
  ACTIVITIES,
  SIGNBOARDS,
  LEDGERS;

  private static final Contract CONTRACT = Contract.load();

  /** The burden_by_community and burden_summary column of the measure, e.g. ledger_volumes. */
  public String measure() {
    return CONTRACT.measureOf(name()).name();
  }
}
