package jianfu.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders what a community carried in the baseline year so that every later year is a prefix of the
 * order: the first {@code latest} entries are still carried in the latest year (admitted core
 * matters and {@code unadmitted} others, slipped ones first), then those dropped in between (the
 * remaining core, transitional and slipped ones), and last the cut ones, which go first. An entry
 * is a matter; a matter may stand more than once (several signs of one kind).
 */
final class SurvivalOrder {

  private SurvivalOrder() {}

  static List<Matter> order(List<Matter> baseline, int latest, int unadmitted, Dice dice) {
    List<Matter> core = dice.shuffled(baseline.stream().filter(m -> m.fate().core()).toList());
    List<Matter> others = new ArrayList<>();
    for (Fate fate : List.of(Fate.SLIPPED, Fate.TRANSITIONAL, Fate.CUT)) {
      others.addAll(dice.shuffled(baseline.stream().filter(m -> m.fate() == fate).toList()));
    }
    int fromCore = Math.min(latest - Math.min(unadmitted, others.size()), core.size());
    int fromOthers = latest - fromCore;

    List<Matter> kept = new ArrayList<>(core.subList(0, fromCore));
    kept.addAll(others.subList(0, fromOthers));
    List<Matter> droppedLater = new ArrayList<>(core.subList(fromCore, core.size()));
    List<Matter> droppedFirst = new ArrayList<>();
    for (Matter matter : others.subList(fromOthers, others.size())) {
      (matter.fate() == Fate.CUT ? droppedFirst : droppedLater).add(matter);
    }
    List<Matter> ordered = new ArrayList<>(dice.shuffled(kept));
    ordered.addAll(dice.shuffled(droppedLater));
    ordered.addAll(droppedFirst);
    return ordered;
  }
}
