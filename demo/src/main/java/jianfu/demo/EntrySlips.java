package jianfu.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The few returns of {@link #YEAR} entered wrong, for the default validation rules to catch: a
 * work-item list cut short (a tenth or so of the community's list of the year before: only the
 * first page of the form came in, WORK_ITEMS_FELL_80) and a ledger inventory counted in files (件)
 * instead of books (本), over 3,000 (LEDGER_VOLUMES_OVER_3000). Each slipped count is fixed before
 * the year's total is apportioned, so the other communities make up the difference and the year's
 * like-for-like reduction stays exact; neither the baseline nor the headline year has a slip.
 */
final class EntrySlips {

  /** A closed year between the baseline and the headline year. */
  static final int YEAR = 2024;

  private static final double SHARE = 0.015;

  /** Of the previous year's work items, what a list cut short keeps. */
  private static final double CUT_LIST_LOW = 0.08;

  private static final double CUT_LIST_HIGH = 0.15;

  /** Files counted as books: over the 3,000 books no community reached in the baseline. */
  private static final int FILES_LOW = 3_100;

  private static final int FILES_HIGH = 3_600;

  /** Community → the share of its previous year's work items its cut list keeps. */
  private final Map<Community, Double> cutLists = new HashMap<>();

  /** Community → the volumes its inventory counted. */
  private final Map<Community, Integer> filesCounted = new HashMap<>();

  private EntrySlips() {}

  /**
   * Draws the slips among the communities compared in {@link #YEAR} whose records came in, that
   * year and the year before (a cut list is cut from it): one slip a community, none on one that
   * sent its previous work-item return as a nil return by mistake ({@link ReturnsPlan}).
   */
  static EntrySlips draw(District district, ReturnsPlan returns, Dice dice) {
    EntrySlips slips = new EntrySlips();
    List<Community> order = dice.shuffled(district.communities());
    int few = ReturnsPlan.few(SHARE, order.size());
    for (Community community : order) {
      if (!returns.recordsArrive(ReportedReduction.WORK_ITEMS, community, YEAR - 1)) {
        continue;
      }
      if (slips.cutLists.size() < few && sound(returns, ReportedReduction.WORK_ITEMS, community)) {
        slips.cutLists.put(community, dice.uniform(CUT_LIST_LOW, CUT_LIST_HIGH));
      } else if (slips.filesCounted.size() < few
          && sound(returns, ReportedReduction.LEDGER_VOLUMES, community)) {
        slips.filesCounted.put(community, dice.between(FILES_LOW, FILES_HIGH));
      }
    }
    return slips;
  }

  /**
   * What the community's return of the year says of the measure when it was entered wrong, given
   * what it carried the year before; empty when the return is sound.
   */
  OptionalInt count(ReportedReduction measure, Community community, int year, int previousYear) {
    if (year != YEAR) {
      return OptionalInt.empty();
    }
    if (measure == ReportedReduction.WORK_ITEMS && cutLists.containsKey(community)) {
      return OptionalInt.of((int) Math.round(previousYear * cutLists.get(community)));
    }
    if (measure == ReportedReduction.LEDGER_VOLUMES && filesCounted.containsKey(community)) {
      return OptionalInt.of(filesCounted.get(community));
    }
    return OptionalInt.empty();
  }

  private static boolean sound(
      ReturnsPlan returns, ReportedReduction measure, Community community) {
    return returns.comparable(measure, community, YEAR)
        && returns.recordsArrive(measure, community, YEAR);
  }
}
