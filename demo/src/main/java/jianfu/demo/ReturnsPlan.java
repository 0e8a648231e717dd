package jianfu.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What became of every return: for each reporting year and dataset, a few communities are drawn (by
 * count, so every kind occurs whatever the seed) to miss it, to send it late, to have it unlogged
 * or to send a nil return; in the current year most returns have not come yet. Decided before the
 * burden is calibrated, which compares like for like over the communities reporting in both years.
 */
final class ReturnsPlan {

  /** Share of a closed year's returns of each kind, the rest on time. */
  private static final double NOT_RECEIVED = 0.02;

  private static final double UNLOGGED = 0.02;
  private static final double LATE = 0.06;

  /** Ledger inventories of the baseline never sent: those communities are never compared. */
  private static final double LEDGERS_NOT_RECEIVED_IN_BASELINE = 0.01;

  /** Communities with no activity at all in a late reform year say so with a nil return. */
  private static final double NIL_ACTIVITIES = 0.02;

  private static final int FIRST_NIL_ACTIVITIES_YEAR = 2024;

  /** Returns of the current year received by the snapshot (early, before the due date). */
  private static final double CURRENT_RECEIVED = 0.4;

  private static final double CURRENT_NIL_ACTIVITIES = 0.01;

  /**
   * Work-item returns of 2023 sent as nil returns by mistake, by communities whose ledgers came in
   * as usual: a reported 0 beside ledgers, which the validation rules flag (see {@link
   * #markMistakenNilReturns}).
   */
  private static final double MISTAKEN_NIL_WORK_ITEMS = 0.015;

  static final int MISTAKEN_NIL_YEAR = 2023;

  private final Map<ReportedReduction, byte[][]> states = new EnumMap<>(ReportedReduction.class);

  private ReturnsPlan() {}

  static ReturnsPlan draw(District district, Dice dice) {
    ReturnsPlan plan = new ReturnsPlan();
    List<Community> communities = district.communities();
    for (ReportedReduction measure : ReportedReduction.values()) {
      byte[][] byYear = new byte[Years.REPORTING.size()][];
      for (int year : Years.REPORTING) {
        byYear[Years.index(year)] = draw(measure, year, communities, dice);
      }
      plan.states.put(measure, byYear);
    }
    plan.markMistakenNilReturns(communities, dice);
    return plan;
  }

  ReturnState state(ReportedReduction measure, Community community, int year) {
    return ReturnState.values()[states.get(measure)[Years.index(year)][community.index()]];
  }

  /** Whether the community's records of the measure for the year are in the demo. */
  boolean recordsArrive(ReportedReduction measure, Community community, int year) {
    return state(measure, community, year).recordsArrive();
  }

  /** Reported both in the baseline and in the year: counted in the like-for-like reduction. */
  boolean comparable(ReportedReduction measure, Community community, int year) {
    return state(measure, community, Years.BASELINE).reported()
        && state(measure, community, year).reported();
  }

  /**
   * Turns a few on-time work-item returns of {@link #MISTAKEN_NIL_YEAR} into nil returns, among
   * communities whose ledgers of that year came in: every community has work items, so such a
   * return is a slip of the form (the nil box ticked), caught by LEDGERS_WITHOUT_WORK_ITEMS and,
   * its list falling from the baseline's to 0, by WORK_ITEMS_FELL_80. Drawn after everything else,
   * so no other return changes; a nil return is still reported, so no reporting rate changes
   * either.
   */
  private void markMistakenNilReturns(List<Community> communities, Dice dice) {
    int year = MISTAKEN_NIL_YEAR;
    List<Community> eligible =
        communities.stream()
            .filter(c -> state(ReportedReduction.WORK_ITEMS, c, year) == ReturnState.ON_TIME)
            .filter(c -> recordsArrive(ReportedReduction.LEDGER_VOLUMES, c, year))
            .toList();
    for (Community community :
        dice.sample(eligible, few(MISTAKEN_NIL_WORK_ITEMS, communities.size()))) {
      states.get(ReportedReduction.WORK_ITEMS)[Years.index(year)][community.index()] =
          (byte) ReturnState.NIL.ordinal();
    }
  }

  private static byte[] draw(
      ReportedReduction measure, int year, List<Community> communities, Dice dice) {
    List<Community> order = dice.shuffled(communities);
    byte[] drawn = new byte[order.size()];
    int next = 0;
    for (Map.Entry<ReturnState, Double> kind : shares(measure, year).entrySet()) {
      for (int i = few(kind.getValue(), order.size()); i > 0; i--) {
        drawn[order.get(next++).index()] = code(measure, kind.getKey());
      }
    }
    ReturnState rest = year == Years.CURRENT ? ReturnState.NOT_RECEIVED : ReturnState.ON_TIME;
    while (next < order.size()) {
      drawn[order.get(next++).index()] = code(measure, rest);
    }
    return drawn;
  }

  /**
   * The share of the year's returns drawn into each state, in the enum's order; the rest are on
   * time in a closed year and not yet received in the current one.
   */
  private static Map<ReturnState, Double> shares(ReportedReduction measure, int year) {
    Map<ReturnState, Double> shares = new EnumMap<>(ReturnState.class);
    boolean activities = measure == ReportedReduction.ACTIVITIES;
    if (year == Years.CURRENT) {
      shares.put(ReturnState.ON_TIME, CURRENT_RECEIVED);
      if (activities) {
        shares.put(ReturnState.NIL, CURRENT_NIL_ACTIVITIES);
      }
      return shares;
    }
    shares.put(ReturnState.LATE, LATE);
    shares.put(ReturnState.UNLOGGED, UNLOGGED);
    if (activities && year >= FIRST_NIL_ACTIVITIES_YEAR) {
      shares.put(ReturnState.NIL, NIL_ACTIVITIES);
    }
    if (year > Years.BASELINE) {
      shares.put(ReturnState.NOT_RECEIVED, NOT_RECEIVED);
    } else if (measure == ReportedReduction.LEDGER_VOLUMES) {
      shares.put(ReturnState.NOT_RECEIVED, LEDGERS_NOT_RECEIVED_IN_BASELINE);
    }
    return shares;
  }

  /** A register's records are in whether or not its return came: never "not received" alone. */
  private static byte code(ReportedReduction measure, ReturnState state) {
    boolean registerIn = measure.isStock() && state == ReturnState.NOT_RECEIVED;
    return (byte) (registerIn ? ReturnState.UNLOGGED : state).ordinal();
  }

  /** round(share × n), but at least one when the share is not 0: a few, whatever the size. */
  static int few(double share, int n) {
    return share == 0 ? 0 : Math.max(1, (int) Math.round(share * n));
  }
}
