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
   * Draws one: LATE, UNSIGNED and MISSING with the given chances, else ON_TIME. A late signature of
   * the current year cannot have happened by the snapshot date: the agreement is unsigned so far.
   */
  static Signature draw(Dice dice, int year, double late, double unsigned, double missing) {
    double draw = dice.uniform(0, 1);
    if (draw < late) {
      return year == Years.CURRENT ? UNSIGNED : LATE;
    }
    if (draw < late + unsigned) {
      return UNSIGNED;
    }
    return draw < late + unsigned + missing ? MISSING : ON_TIME;
  }

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
