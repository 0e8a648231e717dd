package jianfu.demo;

/** What the reform does to a matter communities carried. */
enum Fate {
  /** Admitted for every community, in force to the end. */
  CORE_ALL,
  /** Admitted for the communities listed in its application, in force to the end. */
  CORE_LISTED,
  /** Admitted in 2023, revoked later: carried for a while, then dropped or left unadmitted. */
  TRANSITIONAL,
  /** Never admitted, yet kept on communities after the reform (mostly by offender departments). */
  SLIPPED,
  /** Dropped by the reform. */
  CUT;

  boolean core() {
    return this == CORE_ALL || this == CORE_LISTED;
  }
}
