package jianfu.demo;

import java.time.LocalDate;

/**
 * What became of one agreement (entrustment or undertaking) for one year: signed in time (on or
 * before the year-end), signed late (after it), drawn up but never signed, or never drawn up.
 */
enum Signature {
  ON_TIME,
  LATE,
  UNSIGNED,
  MISSING;

  /**
   * signed_on: a day of the first quarter of the year covered, or of the next one when late; null
   * when not signed.
   */
  LocalDate signedOn(int year, Dice dice) {
    return switch (this) {
      case ON_TIME -> firstQuarter(year, dice);
      case LATE -> firstQuarter(year + 1, dice);
      case UNSIGNED, MISSING -> null;
    };
  }

  private static LocalDate firstQuarter(int year, Dice dice) {
    return dice.dayBetween(LocalDate.of(year, 1, 5), LocalDate.of(year, 3, 31));
  }
}
