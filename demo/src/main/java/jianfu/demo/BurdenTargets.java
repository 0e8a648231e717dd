package jianfu.demo;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;

/**
 * How much of each burden measure every community carries in every reporting year. Baselines come
 * from the community's size; each later total is fixed first ({@link ReportedReduction#total}) over
 * the communities compared like for like that year and then apportioned exactly among them, so the
 * district reductions are exact by construction; a return entered wrong ({@link EntrySlips}) is
 * fixed first and the others make up the difference. Signboards are a stock: a few new boards go
 * up, the rest of the change is removals, and no community gets back a board it took down. The
 * current year carries what the latest closed one did.
 */
final class BurdenTargets {

  /** New boards a community puts up in a post-reform year, drawn from these. */
  private static final int[] NEW_BOARDS = {0, 0, 0, 1, 1, 2};

  private final Map<ReportedReduction, int[][]> counts = new EnumMap<>(ReportedReduction.class);
  private final int[][] newBoards;

  private BurdenTargets(int communities) {
    newBoards = new int[Years.CLOSED.size()][communities];
  }

  static BurdenTargets plan(District district, ReturnsPlan returns, EntrySlips slips, Dice dice) {
    List<Community> communities = district.communities();
    BurdenTargets targets = new BurdenTargets(communities.size());
    targets.apportion(
        ReportedReduction.WORK_ITEMS,
        communities,
        baseline(communities, c -> 105 + (int) Math.round(45 * c.size()) + dice.between(0, 12)),
        true,
        returns,
        slips);
    targets.apportion(
        ReportedReduction.ACTIVITIES,
        communities,
        baseline(communities, c -> 40 + (int) Math.round(28 * c.size()) + dice.between(0, 10)),
        false,
        returns,
        slips);
    targets.apportion(
        ReportedReduction.LEDGER_VOLUMES,
        communities,
        baseline(communities, c -> 300 + (int) Math.round(2000 * c.size()) + dice.between(0, 500)),
        false,
        returns,
        slips);
    targets.signboards(
        communities,
        baseline(communities, c -> 52 + (int) Math.round(28 * c.size()) + dice.between(0, 8)),
        dice);
    return targets;
  }

  /** What the community carries in the year (in the current year, what it did in the latest). */
  int count(ReportedReduction measure, Community community, int year) {
    int closed = Math.min(year, Years.LATEST);
    return counts.get(measure)[Years.index(closed)][community.index()];
  }

  int newBoards(Community community, int year) {
    return newBoards[Years.index(year)][community.index()];
  }

  /** Boards up at the baseline year-end that are still up at the end of the year. */
  int boardsKeptSinceBaseline(Community community, int year) {
    int kept = count(ReportedReduction.SIGNBOARDS, community, year);
    for (int y = Years.BASELINE + 1; y <= year; y++) {
      kept -= newBoards(community, y);
    }
    return kept;
  }

  private static int[] baseline(List<Community> communities, ToIntFunction<Community> size) {
    return communities.stream().mapToInt(size).toArray();
  }

  /**
   * Spreads each closed year's total in proportion to baseline and pace. The total is fixed over
   * the communities compared that year (reporting both then and in the baseline), so the
   * like-for-like reduction is the reported one; a nil return carries nothing, and a community not
   * compared carries its paced share outside the total (its records may not even be written). A
   * slipped count is taken out of the total before the rest is spread.
   */
  private void apportion(
      ReportedReduction measure,
      List<Community> communities,
      int[] baseline,
      boolean capAtBaseline,
      ReturnsPlan returns,
      EntrySlips slips) {
    int[][] byYear = new int[Years.CLOSED.size()][];
    byYear[0] = baseline;
    for (int year : Years.AFTER_REFORM) {
      double[] weights = paced(baseline, communities);
      int[] caps = new int[baseline.length];
      int[] outsideTotal = new int[baseline.length];
      int[] previous = byYear[Years.index(year) - 1];
      long comparedBaseline = 0;
      int slipped = 0;
      for (int c = 0; c < baseline.length; c++) {
        Community community = communities.get(c);
        int cap = capAtBaseline ? baseline[c] : Integer.MAX_VALUE;
        boolean compared = returns.comparable(measure, community, year);
        boolean nil = returns.state(measure, community, year) == ReturnState.NIL;
        OptionalInt slip = slips.count(measure, community, year, previous[c]);
        if (compared) {
          comparedBaseline += baseline[c];
        } else if (!nil) {
          outsideTotal[c] = Math.min(cap, (int) Math.round(weights[c] * measure.kept(year)));
        }
        if (compared && slip.isPresent()) {
          outsideTotal[c] = slip.getAsInt();
          slipped += slip.getAsInt();
          weights[c] = 0;
        } else if (compared && !nil) {
          caps[c] = cap;
        } else {
          weights[c] = 0;
        }
      }
      int[] shares =
          Apportion.capped(measure.total(comparedBaseline, year) - slipped, weights, caps);
      for (int c = 0; c < shares.length; c++) {
        shares[c] += outsideTotal[c];
      }
      byYear[Years.index(year)] = shares;
    }
    counts.put(measure, byYear);
  }

  private void signboards(List<Community> communities, int[] baseline, Dice dice) {
    int[][] stock = new int[Years.CLOSED.size()][];
    stock[0] = baseline;
    int baselineTotal = Arrays.stream(baseline).sum();
    int[] kept = baseline;
    int[] newSoFar = new int[communities.size()];
    for (int year : Years.AFTER_REFORM) {
      int y = Years.index(year);
      for (int c = 0; c < communities.size(); c++) {
        newBoards[y][c] = NEW_BOARDS[dice.between(0, NEW_BOARDS.length - 1)];
        newSoFar[c] += newBoards[y][c];
      }
      int keptTotal =
          ReportedReduction.SIGNBOARDS.total(baselineTotal, year) - Arrays.stream(newSoFar).sum();
      kept = Apportion.capped(keptTotal, paced(kept, communities), kept);
      stock[y] = new int[communities.size()];
      for (int c = 0; c < communities.size(); c++) {
        stock[y][c] = kept[c] + newSoFar[c];
      }
    }
    counts.put(ReportedReduction.SIGNBOARDS, stock);
  }

  private static double[] paced(int[] amounts, List<Community> communities) {
    double[] weights = new double[amounts.length];
    for (int c = 0; c < amounts.length; c++) {
      weights[c] = amounts[c] * communities.get(c).pace();
    }
    return weights;
  }
}
