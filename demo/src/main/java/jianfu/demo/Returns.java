package jianfu.demo;

import java.time.LocalDate;

/**
 * returns (报表回收): for every community, reporting year and dataset, the return the district asked
 * for, due on 20 December, and what became of it ({@link ReturnsPlan}): received between the
 * opening on 1 December and the due date, late (by the end of January), never logged, a nil return,
 * or not received. The current year's returns came in early, up to the snapshot.
 */
final class Returns {

  private static final int LAST_DAY_LATE_IN_JANUARY = 31;

  private Returns() {}

  static void write(Tables tables, DistrictPlan plan, Dice dice) {
    CsvTable out = tables.get("returns");
    for (Community community : plan.district().communities()) {
      for (int year : Years.REPORTING) {
        for (ReportedReduction measure : ReportedReduction.values()) {
          ReturnState state = plan.returns().state(measure, community, year);
          out.write(
              out.row()
                  .set("org_code", community.code())
                  .set("year", year)
                  .set("dataset", measure.dataset)
                  .set("due_on", Years.returnsDue(year))
                  .set("received_on", receivedOn(state, year, dice))
                  .set("nil_return", state == ReturnState.NIL));
        }
      }
    }
  }

  private static LocalDate receivedOn(ReturnState state, int year, Dice dice) {
    LocalDate due = Years.returnsDue(year);
    LocalDate onTimeUntil = year == Years.CURRENT ? Years.AS_OF : due;
    return switch (state) {
      case ON_TIME, NIL -> dice.dayBetween(Years.returnsOpen(year), onTimeUntil);
      case LATE ->
          dice.dayBetween(due.plusDays(1), LocalDate.of(year + 1, 1, LAST_DAY_LATE_IN_JANUARY));
      case UNLOGGED, NOT_RECEIVED -> null;
    };
  }
}
