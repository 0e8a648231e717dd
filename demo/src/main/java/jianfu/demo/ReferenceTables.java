package jianfu.demo;

import java.util.List;

/** org_units (district → streets → communities) and departments. */
final class ReferenceTables {

  private ReferenceTables() {}

  static void write(Tables tables, DistrictPlan plan) {
    District district = plan.district();
    CsvTable orgs = tables.get("org_units");
    orgs.write(
        orgs.row()
            .set("org_code", district.code())
            .set("org_name", district.name())
            .set("level", "DISTRICT")
            .set("residents", residents(district.communities())));
    for (Street street : district.streets()) {
      orgs.write(
          orgs.row()
              .set("org_code", street.code())
              .set("org_name", street.name())
              .set("level", "STREET")
              .set("parent_code", district.code())
              .set("residents", residents(district.communitiesOf(street))));
    }
    for (Community community : district.communities()) {
      orgs.write(
          orgs.row()
              .set("org_code", community.code())
              .set("org_name", community.name())
              .set("level", "COMMUNITY")
              .set("parent_code", community.street().code())
              .set("community_type", community.type())
              .set("residents", community.residents()));
    }
    CsvTable out = tables.get("departments");
    for (Department department : plan.departments()) {
      out.write(
          out.row()
              .set("dept_code", department.code())
              .set("dept_name", department.name())
              .set("category", department.category()));
    }
  }

  private static int residents(List<Community> communities) {
    return communities.stream().mapToInt(Community::residents).sum();
  }
}
