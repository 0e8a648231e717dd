package jianfu.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * service_projects: every reporting year (projects are contracted for the year, so the current year
 * has its own) government purchase-of-service projects, growing with the reform from about a
 * quarter to a half as many as the communities, and public-interest venture projects half as many;
 * each provided by an organisation active that year, for its own community or its street.
 */
final class ServiceProjects {

  /** The departments that buy services from social organisations. */
  private static final Set<String> BUYERS =
      Set.of("区民政局", "区委社会工作部", "区卫生健康委员会", "区司法局", "区妇女联合会", "区残疾人联合会", "共青团海陵区委");

  private static final Set<OrganisationCategory> PURCHASED_PROVIDERS =
      Set.of(OrganisationCategory.PURCHASED_SERVICE, OrganisationCategory.SERVICE);
  private static final Set<OrganisationCategory> VENTURE_PROVIDERS =
      Set.of(
          OrganisationCategory.SERVICE, OrganisationCategory.CHARITY, OrganisationCategory.OTHER);

  private ServiceProjects() {}

  static void write(
      Tables tables,
      District district,
      List<SocialOrganisation> organisations,
      List<Department> departments,
      Dice dice) {
    CsvTable out = tables.get("service_projects");
    List<Department> buyers = departments.stream().filter(d -> BUYERS.contains(d.name())).toList();
    Department civilAffairs =
        buyers.stream().filter(d -> d.name().equals("区民政局")).findFirst().orElseThrow();
    int communities = district.communities().size();
    for (int year : Years.REPORTING) {
      int step = Years.index(year);
      int purchased = (int) Math.round(communities * (0.22 + 0.05 * step));
      int ventures = (int) Math.round(communities * (0.10 + 0.025 * step));
      List<SocialOrganisation> active =
          organisations.stream()
              .filter(o -> o.activeAt(Years.yearEnd(year)))
              .filter(o -> o.registeredOn().isBefore(LocalDate.of(year, 7, 1)))
              .toList();
      List<SocialOrganisation> purchasing =
          active.stream().filter(o -> PURCHASED_PROVIDERS.contains(o.category())).toList();
      List<SocialOrganisation> venturing =
          active.stream().filter(o -> VENTURE_PROVIDERS.contains(o.category())).toList();
      for (int i = 1; i <= purchased; i++) {
        Department buyer = dice.chance(0.85) ? dice.pick(buyers) : null;
        out.write(
            project(out, "GM%d-%04d".formatted(year, i), year, dice.pick(purchasing), dice)
                .set("kind", "PURCHASED_SERVICE")
                .set("dept_code", buyer == null ? null : buyer.code())
                .set("funding_yuan", "%d.00".formatted(dice.between(300, 2800) * 100))
                .set("beneficiaries", dice.between(80, 1500)));
      }
      for (int i = 1; i <= ventures; i++) {
        // venture projects are mostly paid from the district's general budget
        out.write(
            project(out, "GY%d-%04d".formatted(year, i), year, dice.pick(venturing), dice)
                .set("kind", "VENTURE")
                .set("dept_code", dice.chance(0.3) ? civilAffairs.code() : null)
                .set("funding_yuan", "%d.00".formatted(dice.between(100, 800) * 100))
                .set("beneficiaries", dice.between(30, 600)));
      }
    }
  }

  private static Row project(
      CsvTable out, String id, int year, SocialOrganisation provider, Dice dice) {
    String served = dice.chance(0.7) ? provider.baseCode() : provider.street().code();
    return out.row()
        .set("project_id", id)
        .set("org_id", provider.id())
        .set("org_code", served)
        .set("year", year);
  }
}
