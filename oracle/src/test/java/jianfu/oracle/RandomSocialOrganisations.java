package jianfu.oracle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Community social organisations, dense in the edges of social_organisations_summary: based at
 * communities and at streets (S04 too, which has no community and so no residents), registered and
 * deregistered on 1 January and 31 December, registered before the first reporting year and after
 * the last, deregistered on the day they registered, fostered true, false or empty. Optionally the
 * service projects (serving communities and streets, some in a year outside the reporting years,
 * some paid by no department) and the self-governance associations' contributions (of deregistered
 * associations too).
 */
final class RandomSocialOrganisations {

  private static final List<String> CATEGORIES =
      List.of("SERVICE", "CHARITY", "PURCHASED_SERVICE", "SELF_GOVERNANCE", "OTHER");
  private static final int ORGANISATIONS = 70;
  private static final int PROJECTS = 45;

  private final RandomDistrict district;
  private final List<String> organisations = new ArrayList<>();
  private final List<String> associations = new ArrayList<>();

  RandomSocialOrganisations(RandomDistrict district) {
    this.district = district;
  }

  void generate(boolean withProjectsAndContributions) {
    for (int i = 1; i <= ORGANISATIONS; i++) {
      register("SO%03d".formatted(i));
    }
    if (withProjectsAndContributions) {
      for (int i = 1; i <= PROJECTS; i++) {
        addProject("SP%03d".formatted(i));
      }
      associations.forEach(this::addContributions);
    }
  }

  private void register(String id) {
    String category = district.pick(CATEGORIES);
    int year = district.between(RandomDistrict.FIRST_YEAR - 2, RandomDistrict.LAST_YEAR + 1);
    LocalDate registeredOn = district.dayIn(year);
    LocalDate deregisteredOn = null;
    if (district.chance(0.35)) {
      LocalDate day = district.dayIn(district.between(year, RandomDistrict.LAST_YEAR + 1));
      deregisteredOn = day.isBefore(registeredOn) ? registeredOn : day;
    }
    district.rows.add(
        "social_organisations",
        new RawRow()
            .with("org_id", id)
            .with("name", "社区社会组织" + id)
            .with("org_code", place())
            .with("category", category)
            .with("registered_on", registeredOn)
            .with("deregistered_on", deregisteredOn)
            .with("fostered", district.pick(Arrays.asList(true, false, null))));
    organisations.add(id);
    if (category.equals("SELF_GOVERNANCE")) {
      associations.add(id);
    }
  }

  private void addProject(String id) {
    district.rows.add(
        "service_projects",
        new RawRow()
            .with("project_id", id)
            .with("org_id", district.pick(organisations))
            .with("kind", district.pick(List.of("PURCHASED_SERVICE", "VENTURE")))
            .with("dept_code", district.chance(0.3) ? null : district.pick(district.departments))
            .with("org_code", place())
            .with("year", district.between(RandomDistrict.FIRST_YEAR - 1, RandomDistrict.LAST_YEAR))
            .with("funding_yuan", district.yuan(300_000))
            .with("beneficiaries", district.between(0, 600)));
  }

  private void addContributions(String association) {
    for (int year = RandomDistrict.FIRST_YEAR - 1; year <= RandomDistrict.LAST_YEAR; year++) {
      if (district.chance(0.7)) {
        district.rows.add(
            "association_contributions",
            new RawRow()
                .with("org_id", association)
                .with("year", year)
                .with("matters", district.between(0, 40))
                .with("funding_yuan", district.yuan(80_000)));
      }
    }
  }

  /** A community three times in four, else a street. */
  private String place() {
    return district.chance(0.75)
        ? district.pick(district.communities)
        : district.pick(district.streets);
  }
}
