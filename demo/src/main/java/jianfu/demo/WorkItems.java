package jianfu.demo;

import java.util.Comparator;
import java.util.List;

/**
 * work_items: each community's list of work items per year, one row per item, for the years whose
 * return brought it in.
 */
final class WorkItems {

  private WorkItems() {}

  static void write(Tables tables, DistrictPlan plan, Dice dice) {
    District district = plan.district();
    AccessBook book = plan.book();
    BurdenTargets targets = plan.targets();
    List<Matter> matters = plan.catalogue().of(MatterType.WORK_ITEM);
    for (Community community : district.communities()) {
      int baseline = targets.count(ReportedReduction.WORK_ITEMS, community, Years.BASELINE);
      int latest = targets.count(ReportedReduction.WORK_ITEMS, community, Years.LATEST);
      List<Matter> carried =
          CarriedMatters.inSurvivalOrder(matters, community, book, baseline, latest, dice);
      for (int year : Years.REPORTING) {
        if (!plan.returns().recordsArrive(ReportedReduction.WORK_ITEMS, community, year)) {
          continue;
        }
        CsvTable out = tables.workItems(year);
        int count = targets.count(ReportedReduction.WORK_ITEMS, community, year);
        for (Matter item :
            carried.subList(0, count).stream()
                .sorted(Comparator.comparing(Matter::code))
                .toList()) {
          out.write(
              out.row()
                  .set("org_code", community.code())
                  .set("year", year)
                  .set("item_code", item.code())
                  .set("item_name", item.title())
                  .set("dept_code", item.department().code())
                  .set("application_id", book.idNamedOn(item, Years.yearEnd(year))));
        }
      }
    }
  }
}
