package jianfu.oracle;

import java.time.LocalDate;
import java.util.List;

/**
 * The two agreements. Per applying department, street and reporting year, now and then none, else
 * an entrustment agreement naming most of the department's applications and, rarely, one of another
 * department (which covers nothing). Per community and year, now and then none, else an undertaking
 * agreement. Either is signed during its year, on its first or last day, after its year-end, or not
 * at all (a draft).
 */
final class RandomAgreements {

  private final RandomDistrict district;
  private final List<GeneratedApplication> applications;

  RandomAgreements(RandomDistrict district, List<GeneratedApplication> applications) {
    this.district = district;
    this.applications = applications;
  }

  void generate() {
    int agreements = 0;
    for (String department : district.applyingDepartments()) {
      for (String street : district.streets) {
        for (int year : district.reportingYears()) {
          if (district.chance(0.25)) {
            continue;
          }
          String id = "E%03d".formatted(++agreements);
          district.rows.add(
              "entrustment_agreements",
              new RawRow()
                  .with("agreement_id", id)
                  .with("dept_code", department)
                  .with("street_code", street)
                  .with("year", year)
                  .with("signed_on", signedOn(year)));
          for (GeneratedApplication application : applications) {
            boolean own = application.deptCode().equals(department);
            if (district.chance(own ? 0.7 : 0.02)) {
              district.rows.add(
                  "entrustment_agreement_items",
                  new RawRow().with("agreement_id", id).with("application_id", application.id()));
            }
          }
        }
      }
    }
    for (String community : district.communities) {
      for (int year : district.reportingYears()) {
        if (district.chance(0.8)) {
          district.rows.add(
              "undertaking_agreements",
              new RawRow()
                  .with("org_code", community)
                  .with("year", year)
                  .with("signed_on", signedOn(year)));
        }
      }
    }
  }

  /** In the year (01-01 and 12-31 half of the time), after its end, or never. */
  private LocalDate signedOn(int year) {
    return switch (district.between(0, 4)) {
      case 0 -> LocalDate.of(year + 1, 1, district.between(1, 31));
      case 1 -> null;
      default -> district.dayIn(year);
    };
  }
}
