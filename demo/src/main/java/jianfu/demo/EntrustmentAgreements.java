package jianfu.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * entrustment_agreements and their items (部门委托社区工作事项协议书): every year from the reform's launch, each
 * department with tasks entrusted in a street's communities signs with the street an agreement
 * listing those applications. Most are signed in time, some late, some are drafted and never
 * signed, some never drawn up; and one offending department never signs at all.
 */
final class EntrustmentAgreements {

  static final SignatureOdds ODDS = new SignatureOdds(0.06, 0.04, 0.05);

  private EntrustmentAgreements() {}

  static void write(Tables tables, DistrictPlan plan, Dice dice) {
    CsvTable agreements = tables.get("entrustment_agreements");
    CsvTable items = tables.get("entrustment_agreement_items");
    Department neverSigns = neverSigning(plan);
    for (int year : Years.AGREED) {
      Map<Department, Map<Street, List<Application>>> entrusted = entrusted(plan, year);
      for (Department department : plan.departments()) {
        for (Map.Entry<Street, List<Application>> street :
            entrusted.getOrDefault(department, Map.of()).entrySet()) {
          Signature signature =
              department.equals(neverSigns) ? Signature.UNSIGNED : ODDS.draw(dice, year);
          if (signature == Signature.MISSING) {
            continue;
          }
          String id = "WT%d-%s-%s".formatted(year, department.code(), street.getKey().code());
          agreements.write(
              agreements
                  .row()
                  .set("agreement_id", id)
                  .set("dept_code", department.code())
                  .set("street_code", street.getKey().code())
                  .set("year", year)
                  .set("signed_on", signature.signedOn(year, dice)));
          for (Application application : street.getValue()) {
            items.write(
                items.row().set("agreement_id", id).set("application_id", application.id()));
          }
        }
      }
    }
  }

  /**
   * The offending department with the most applications in force in the latest closed year (the
   * smallest code among equals): the one whose agreements are drafted every year and never signed.
   */
  static Department neverSigning(DistrictPlan plan) {
    List<Application> inForce = plan.book().inForceDuring(Years.LATEST);
    return plan.departments().stream()
        .filter(department -> department.conduct() == Conduct.OFFENDER)
        .max(
            Comparator.comparingLong(
                    (Department department) ->
                        inForce.stream()
                            .filter(a -> a.matter().department().equals(department))
                            .count())
                .thenComparing(Department::code, Comparator.reverseOrder()))
        .orElseThrow();
  }

  /**
   * The applications in force during the year, by department and by street reached (a street is
   * reached when one of its communities is in scope), in district order.
   */
  private static Map<Department, Map<Street, List<Application>>> entrusted(
      DistrictPlan plan, int year) {
    District district = plan.district();
    Map<Department, Map<Street, List<Application>>> entrusted = new LinkedHashMap<>();
    for (Application application : plan.book().inForceDuring(year)) {
      Map<Street, List<Application>> byStreet =
          entrusted.computeIfAbsent(application.matter().department(), d -> new LinkedHashMap<>());
      for (Street street : streetsReached(application, district)) {
        byStreet.computeIfAbsent(street, s -> new ArrayList<>()).add(application);
      }
    }
    return entrusted;
  }

  private static Set<Street> streetsReached(Application application, District district) {
    if (application.scope().all()) {
      return new LinkedHashSet<>(district.streets());
    }
    Set<Street> reached = new LinkedHashSet<>();
    application.scope().communities(district).forEach(c -> reached.add(c.street()));
    return reached;
  }
}
