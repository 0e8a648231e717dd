package jianfu.demo;

/**
 * How a department behaves under the access system, the story the leading group should be able to
 * read back from the marts: models never slip work in and deliver support; offenders do both badly.
 */
enum Conduct {
  MODEL(0.95, 0.04, 93),
  ORDINARY(0.85, 0.10, 84),
  OFFENDER(0.50, 0.30, 68);

  /** Chance that the support promised for a task arrives in full. */
  final double deliversInFull;

  /** Chance that it arrives in part (otherwise not at all). */
  final double deliversInPart;

  /** The score communities and streets tend to give it. */
  final double reputation;

  Conduct(double deliversInFull, double deliversInPart, double reputation) {
    this.deliversInFull = deliversInFull;
    this.deliversInPart = deliversInPart;
    this.reputation = reputation;
  }
}
