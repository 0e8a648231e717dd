package jianfu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * support_deliveries and task_results, per task entrusted: an application in force during a year
 * and a community in its scope. Support arrives in full, in part or not at all (no row), as the
 * department's conduct makes likely; communities complete supported tasks (but for a few vetoes,
 * 一票否决) and may refuse unsupported ones.
 */
final class SupportAndTasks {

  private static final int VETOED_COMMUNITIES_PER_YEAR = 3;
  private static final double REFUSES_UNSUPPORTED = 0.45;

  private record Delivery(int personnel, BigDecimal fundingYuan, boolean materialsDelivered) {

    boolean meets(Support promised) {
      return personnel >= promised.personnel()
          && fundingYuan.compareTo(promised.fundingYuan()) >= 0
          && (materialsDelivered || !promised.promisesMaterials());
    }
  }

  private SupportAndTasks() {}

  static void write(Tables tables, DistrictPlan plan, Dice dice) {
    District district = plan.district();
    AccessBook book = plan.book();
    CsvTable deliveries = tables.get("support_deliveries");
    CsvTable results = tables.get("task_results");
    for (int year : Years.CLOSED) {
      Set<Community> toVeto =
          new HashSet<>(dice.sample(district.communities(), VETOED_COMMUNITIES_PER_YEAR));
      for (Application application : book.inForceDuring(year)) {
        for (Community community : application.scope().communities(district)) {
          Delivery delivery = deliver(application, dice);
          if (delivery != null) {
            deliveries.write(
                deliveries
                    .row()
                    .set("application_id", application.id())
                    .set("org_code", community.code())
                    .set("year", year)
                    .set("personnel", delivery.personnel())
                    .set("funding_yuan", delivery.fundingYuan())
                    .set("materials_delivered", delivery.materialsDelivered())
                    .set(
                        "delivered_on",
                        dice.dayBetween(LocalDate.of(year, 3, 1), LocalDate.of(year, 11, 30))));
          }
          boolean supported = delivery != null && delivery.meets(application.support());
          boolean completed =
              supported ? !toVeto.remove(community) : !dice.chance(REFUSES_UNSUPPORTED);
          results.write(
              results
                  .row()
                  .set("application_id", application.id())
                  .set("org_code", community.code())
                  .set("year", year)
                  .set("completed", completed)
                  .set(
                      "checked_on",
                      dice.dayBetween(LocalDate.of(year, 12, 1), Years.yearEnd(year))));
        }
      }
    }
  }

  /** What arrives for one task, or null when nothing does. */
  private static Delivery deliver(Application application, Dice dice) {
    Support promised = application.support();
    Conduct conduct = application.matter().department().conduct();
    double draw = dice.uniform(0, 1);
    if (draw >= conduct.deliversInFull + conduct.deliversInPart) {
      return null;
    }
    if (draw < conduct.deliversInFull || !promised.promisesAnything()) {
      return new Delivery(
          promised.personnel(), promised.fundingYuan(), promised.promisesMaterials());
    }
    return shortOf(promised, dice);
  }

  private enum Part {
    PERSONNEL,
    FUNDING,
    MATERIALS
  }

  /** The promised support less one of its parts: a person, some of the money, or the materials. */
  private static Delivery shortOf(Support promised, Dice dice) {
    List<Part> promisedParts = new ArrayList<>();
    if (promised.personnel() > 0) {
      promisedParts.add(Part.PERSONNEL);
    }
    if (promised.fundingYuan().signum() > 0) {
      promisedParts.add(Part.FUNDING);
    }
    if (promised.promisesMaterials()) {
      promisedParts.add(Part.MATERIALS);
    }
    Part missing = dice.pick(promisedParts);
    BigDecimal funding =
        missing == Part.FUNDING
            ? promised
                .fundingYuan()
                .multiply(BigDecimal.valueOf(dice.uniform(0.3, 0.9)))
                .setScale(2, RoundingMode.DOWN)
            : promised.fundingYuan();
    return new Delivery(
        missing == Part.PERSONNEL ? promised.personnel() - 1 : promised.personnel(),
        funding,
        missing != Part.MATERIALS && promised.promisesMaterials());
  }
}
