package jianfu.demo;

import java.util.Comparator;
import java.util.List;

/**
 * ledgers: the ledgers each community keeps per year and the books (本) they fill. The year's
 * volumes are the calibrated target, split over its ledgers; after the reform there are fewer
 * ledgers and more of them electronic, which fill fewer books. Only the years whose return brought
 * the inventory in are written.
 */
final class Ledgers {

  /** Ledgers kept compared with the baseline, per reporting year. */
  private static final double[] LEDGERS_KEPT = {1.0, 0.8, 0.6, 0.45, 0.45};

  /** Chance that a ledger is electronic, per reporting year. */
  private static final double[] ELECTRONIC = {0.1, 0.35, 0.55, 0.7, 0.75};

  private static final int PAPER_WEIGHT = 4;
  private static final int MIN_LEDGERS = 3;

  private Ledgers() {}

  static void write(Tables tables, DistrictPlan plan, Dice dice) {
    District district = plan.district();
    AccessBook book = plan.book();
    BurdenTargets targets = plan.targets();
    CsvTable out = tables.get("ledgers");
    List<Matter> matters = plan.catalogue().of(MatterType.LEDGER);
    for (Community community : district.communities()) {
      int baseline = 14 + (int) Math.round(18 * community.size()) + dice.between(0, 4);
      int[] kept = new int[LEDGERS_KEPT.length];
      for (int y = 0; y < kept.length; y++) {
        double noise = y == 0 ? 1 : dice.uniform(0.9, 1.1);
        kept[y] =
            Math.min(
                baseline,
                Math.max(MIN_LEDGERS, (int) Math.round(baseline * LEDGERS_KEPT[y] * noise)));
      }
      int latest = kept[Years.index(Years.LATEST)];
      List<Matter> carried =
          CarriedMatters.inSurvivalOrder(matters, community, book, baseline, latest, dice);
      for (int year : Years.REPORTING) {
        if (!plan.returns().recordsArrive(ReportedReduction.LEDGER_VOLUMES, community, year)) {
          continue;
        }
        int volumes = targets.count(ReportedReduction.LEDGER_VOLUMES, community, year);
        int count = Math.min(kept[Years.index(year)], volumes);
        List<Matter> ledgers =
            carried.subList(0, count).stream().sorted(Comparator.comparing(Matter::code)).toList();
        boolean[] electronic = new boolean[count];
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
          electronic[i] = dice.chance(ELECTRONIC[Years.index(year)]);
          weights[i] = (electronic[i] ? 1 : PAPER_WEIGHT) * dice.uniform(0.5, 1.5);
        }
        // every ledger fills at least one book; the rest is split by weight
        int[] books = Apportion.of(volumes - count, weights);
        for (int i = 0; i < count; i++) {
          Matter ledger = ledgers.get(i);
          out.write(
              out.row()
                  .set("ledger_id", "TZ-%s-%d-%02d".formatted(community.code(), year, i + 1))
                  .set("org_code", community.code())
                  .set("year", year)
                  .set("dept_code", ledger.department().code())
                  .set("title", ledger.title())
                  .set("form", electronic[i] ? "ELECTRONIC" : "PAPER")
                  .set("volumes", books[i] + 1)
                  .set("application_id", book.idNamedOn(ledger, Years.yearEnd(year))));
        }
      }
    }
  }
}
