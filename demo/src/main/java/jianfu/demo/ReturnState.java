package jianfu.demo;

/**
 * What became of one return (a community's dataset for a year), and so whether its records are in
 * the demo. Records arrive with their return: a community whose return did not come has none of
 * that dataset for the year, which is what makes it "not reported" (a signboard register excepted,
 * see {@link ReportedReduction#isStock()}).
 */
enum ReturnState {
  /** Received by the due date, with its records. */
  ON_TIME,
  /** Received after the due date (by the end of January), with its records. */
  LATE,
  /**
   * Its records are in, but the district's register of returns never logged it (no received_on):
   * reported, but not on time.
   */
  UNLOGGED,
  /** Received on time, declaring nothing to report (nil_return): a reported 0, no records. */
  NIL,
  /** Not received and no records: overdue in a closed year, not yet due in the current one. */
  NOT_RECEIVED;

  boolean recordsArrive() {
    return this == ON_TIME || this == LATE || this == UNLOGGED;
  }

  /** Whether the community reported the dataset, by its return or its records. */
  boolean reported() {
    return this != NOT_RECEIVED;
  }
}
