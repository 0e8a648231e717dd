package jianfu.demo;

import java.util.List;

/**
 * Everything decided before a row is written: the district, its departments, the matters they ask
 * for, the applications made for them (and the few approvals that break a rule), what became of
 * every return, and the calibrated burden of every community (a few of its returns entered wrong).
 */
record DistrictPlan(
    District district,
    List<Department> departments,
    MatterCatalogue catalogue,
    AccessBook book,
    ComplianceBreaches breaches,
    ReturnsPlan returns,
    BurdenTargets targets) {

  static DistrictPlan generate(long seed, Scale scale) {
    District district = DistrictLayout.generate(Dice.of(seed, "district"), scale);
    List<Department> departments = DepartmentRoster.departments();
    MatterCatalogue catalogue = MatterCatalogue.generate(departments, Dice.of(seed, "matters"));
    ReturnsPlan returns = ReturnsPlan.draw(district, Dice.of(seed, "returns"));
    EntrySlips slips = EntrySlips.draw(district, returns, Dice.of(seed, "entry-slips"));
    AccessBook book = AccessPlanner.plan(catalogue, district, Dice.of(seed, "applications"));
    return new DistrictPlan(
        district,
        departments,
        catalogue,
        book,
        ComplianceBreaches.draw(book, Dice.of(seed, "compliance")),
        returns,
        BurdenTargets.plan(district, returns, slips, Dice.of(seed, "targets")));
  }
}
