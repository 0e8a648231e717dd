package jianfu.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * What a community may have carried before the reform, most lasting first: the core matters whose
 * approval covers it, the transitional ones, some of the slipped ones, then cut ones. A community
 * with a small baseline takes a prefix of this list.
 */
final class CarriedMatters {

  private static final double SLIPPED_CARRIED = 0.6;

  private CarriedMatters() {}

  static List<Matter> candidates(
      List<Matter> matters, Community community, AccessBook book, Dice dice) {
    List<Matter> candidates = new ArrayList<>();
    candidates.addAll(
        dice.shuffled(
            matters.stream().filter(m -> m.fate().core() && book.covers(m, community)).toList()));
    candidates.addAll(dice.shuffled(ofFate(matters, Fate.TRANSITIONAL)));
    for (Matter slipped : dice.shuffled(ofFate(matters, Fate.SLIPPED))) {
      if (dice.chance(SLIPPED_CARRIED)) {
        candidates.add(slipped);
      }
    }
    candidates.addAll(dice.shuffled(ofFate(matters, Fate.CUT)));
    return candidates;
  }

  /**
   * The first {@code baseline} candidates, in {@link SurvivalOrder}: a prefix of {@code n} is what
   * the community still carries in a year it carries n of them.
   */
  static List<Matter> inSurvivalOrder(
      List<Matter> matters,
      Community community,
      AccessBook book,
      int baseline,
      int latest,
      Dice dice) {
    return SurvivalOrder.order(
        candidates(matters, community, book, dice).subList(0, baseline),
        latest,
        community.unadmittedOf(latest),
        dice);
  }

  private static List<Matter> ofFate(List<Matter> matters, Fate fate) {
    return matters.stream().filter(m -> m.fate() == fate).toList();
  }
}
