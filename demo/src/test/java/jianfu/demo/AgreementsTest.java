package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Both agreements, from the reform's launch (2023) to the current year: most signed in time, some
 * late, some drafted and never signed, some never drawn up, and one department that never signs;
 * entrustment agreements list the department's applications in force that reach the street.
 */
class AgreementsTest {

  private static final List<String> AGREED = List.of("2023", "2024", "2025", "2026");

  private final DemoFolder demo = DemoFolder.shared();
  private final Map<String, Map<String, String>> applications =
      demo.rows("applications").stream()
          .collect(Collectors.toMap(a -> a.get("application_id"), a -> a));
  private final Map<String, String> streetOf =
      demo.rows("org_units").stream()
          .filter(o -> o.get("level").equals("COMMUNITY"))
          .collect(Collectors.toMap(o -> o.get("org_code"), o -> o.get("parent_code")));

  @Test
  void entrustmentAgreementsCoverMostDepartmentsStreetsAndYearsWithTasks() {
    // given every (department, street, year) with a task entrusted, and the agreements
    Set<String> withTasks = new HashSet<>();
    for (String year : AGREED) {
      for (Map<String, String> application : applications.values()) {
        if (Approvals.inForce(application, Integer.parseInt(year))) {
          streetsReached(application)
              .forEach(
                  street ->
                      withTasks.add(application.get("dept_code") + "|" + street + "|" + year));
        }
      }
    }
    List<Map<String, String>> agreements = demo.rows("entrustment_agreements");
    Set<String> agreed =
        agreements.stream()
            .map(a -> a.get("dept_code") + "|" + a.get("street_code") + "|" + a.get("year"))
            .collect(Collectors.toSet());
    // then every agreement is of such a triple, most triples have one, and some have none
    assertThat(withTasks).containsAll(agreed);
    assertThat(agreed.size()).isGreaterThan(withTasks.size() * 9 / 10).isLessThan(withTasks.size());
    assertThat(agreements).extracting(a -> a.get("year")).containsOnlyElementsOf(AGREED);
    assertSignedMostlyInTimeSomeLateSomeNever(agreements);
  }

  @Test
  void anItemIsAnApplicationOfTheAgreementsDepartmentInForceThatReachesItsStreet() {
    // given the agreements by id
    Map<String, Map<String, String>> agreements =
        demo.rows("entrustment_agreements").stream()
            .collect(Collectors.toMap(a -> a.get("agreement_id"), a -> a));
    List<Map<String, String>> items = demo.rows("entrustment_agreement_items");
    // then each item fits its agreement, and every agreement lists at least one
    assertThat(items)
        .isNotEmpty()
        .allSatisfy(
            item -> {
              Map<String, String> agreement = agreements.get(item.get("agreement_id"));
              Map<String, String> application = applications.get(item.get("application_id"));
              assertThat(application.get("dept_code")).isEqualTo(agreement.get("dept_code"));
              assertThat(Approvals.inForce(application, Integer.parseInt(agreement.get("year"))))
                  .isTrue();
              assertThat(streetsReached(application)).contains(agreement.get("street_code"));
            });
    assertThat(items.stream().map(i -> i.get("agreement_id")).collect(Collectors.toSet()))
        .isEqualTo(agreements.keySet());
  }

  @Test
  void oneDepartmentNeverSigns() {
    // given the agreements by department
    Map<String, List<Map<String, String>>> byDepartment =
        demo.rows("entrustment_agreements").stream()
            .collect(Collectors.groupingBy(a -> a.get("dept_code")));
    // when those whose agreements are all unsigned are listed
    List<String> neverSigning =
        byDepartment.entrySet().stream()
            .filter(e -> e.getValue().stream().allMatch(a -> a.get("signed_on").isEmpty()))
            .map(Map.Entry::getKey)
            .toList();
    // then there is one, an offender, with agreements drafted every year
    assertThat(neverSigning).singleElement();
    String code = neverSigning.get(0);
    assertThat(DepartmentRoster.departments())
        .filteredOn(d -> d.code().equals(code))
        .singleElement()
        .extracting(Department::conduct)
        .isEqualTo(Conduct.OFFENDER);
    assertThat(byDepartment.get(code)).extracting(a -> a.get("year")).containsAll(AGREED);
  }

  @Test
  void undertakingAgreementsCoverMostCommunitiesEveryYear() {
    // given the undertaking agreements
    List<Map<String, String>> agreements = demo.rows("undertaking_agreements");
    // then they are for communities, in the agreed years, most community-years have one, some none
    assertThat(agreements).extracting(a -> a.get("year")).containsOnlyElementsOf(AGREED);
    assertThat(streetOf.keySet())
        .containsAll(agreements.stream().map(a -> a.get("org_code")).toList());
    int expected = streetOf.size() * AGREED.size();
    assertThat(agreements.size()).isGreaterThan(expected * 9 / 10).isLessThan(expected);
    assertSignedMostlyInTimeSomeLateSomeNever(agreements);
  }

  /**
   * Most signed on or before the year-end, some after it (never for the current year, and never
   * after the snapshot date), some not at all.
   */
  private static void assertSignedMostlyInTimeSomeLateSomeNever(List<Map<String, String>> rows) {
    Predicate<Map<String, String>> onTime =
        a ->
            !a.get("signed_on").isEmpty()
                && a.get("signed_on").compareTo(a.get("year") + "-12-31") <= 0;
    Predicate<Map<String, String>> late =
        a -> a.get("signed_on").compareTo(a.get("year") + "-12-31") > 0;
    Map<String, Long> counts = new HashMap<>();
    counts.put("on time", rows.stream().filter(onTime).count());
    counts.put("late", rows.stream().filter(late).count());
    counts.put("unsigned", rows.stream().filter(a -> a.get("signed_on").isEmpty()).count());
    assertThat(counts.get("on time")).isGreaterThan(rows.size() * 8L / 10);
    assertThat(counts.get("late")).isPositive();
    assertThat(counts.get("unsigned")).isPositive();
    assertThat(rows.stream().filter(late)).noneMatch(a -> a.get("year").equals("2026"));
    assertThat(rows)
        .extracting(a -> a.get("signed_on"))
        .allSatisfy(day -> assertThat(day).isLessThanOrEqualTo(Years.AS_OF.toString()));
  }

  /** The streets of the communities in the application's scope. */
  private Set<String> streetsReached(Map<String, String> application) {
    if (application.get("scope").equals("ALL")) {
      return new HashSet<>(streetOf.values());
    }
    return demo.rows("application_scope").stream()
        .filter(s -> s.get("application_id").equals(application.get("application_id")))
        .map(s -> streetOf.get(s.get("org_code")))
        .collect(Collectors.toSet());
  }
}
