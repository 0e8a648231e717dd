package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A few approvals break each rule of the access system, recounted from the CSVs as
 * docs/indicators.md defines access_funnel's compliance columns; every other approval keeps them.
 * Some matters are returned twice before their last application.
 */
class AccessComplianceTest {

  private final DemoFolder demo = DemoFolder.shared();
  private final Map<String, Map<String, String>> applications =
      demo.rows("applications").stream()
          .collect(Collectors.toMap(a -> a.get("application_id"), a -> a));

  @Test
  void eachRuleIsBrokenByAFewApprovalsOfDepartmentsThatAreNoModels() {
    // given the consultations of each application
    Map<String, List<Map<String, String>>> consultations =
        demo.rows("consultations").stream()
            .collect(Collectors.groupingBy(c -> c.get("application_id")));
    // when the applications breaking each rule are listed
    Map<ComplianceBreach, Set<String>> breaking = new EnumMap<>(ComplianceBreach.class);
    for (ComplianceBreach rule : ComplianceBreach.values()) {
      breaking.put(rule, new TreeSet<>());
    }
    for (Map<String, String> application : applications.values()) {
      String id = application.get("application_id");
      List<Map<String, String>> asked = consultations.getOrDefault(id, List.of());
      String decided = application.get("decided_on");
      if (!decided.isEmpty()
          && asked.stream().anyMatch(c -> c.get("opined_on").compareTo(decided) > 0)) {
        breaking.get(ComplianceBreach.CONSULTED_AFTER_DECISION).add(id);
      }
      if (!Approvals.approved(application)) {
        continue;
      }
      if (asked.isEmpty()) {
        breaking.get(ComplianceBreach.NO_CONSULTATION).add(id);
      }
      if (asked.stream().anyMatch(c -> c.get("opinion").equals("DISAGREE"))) {
        breaking.get(ComplianceBreach.DESPITE_DISAGREEMENT).add(id);
      }
      if (application.get("legal_basis").isEmpty()) {
        breaking.get(ComplianceBreach.WITHOUT_LEGAL_BASIS).add(id);
      }
    }
    // then each rule is broken by exactly the few drawn, each by other approvals submitted after
    // the
    // reform's launch, none a model's
    Map<String, Conduct> conduct = new HashMap<>();
    DepartmentRoster.departments().forEach(d -> conduct.put(d.code(), d.conduct()));
    Map<String, Integer> rulesBroken = new HashMap<>();
    breaking.forEach(
        (rule, ids) -> {
          assertThat(ids).as(rule.name()).hasSize(ComplianceBreaches.PER_RULE);
          ids.forEach(id -> rulesBroken.merge(id, 1, Integer::sum));
        });
    assertThat(rulesBroken.values()).as("one rule per approval").containsOnly(1);
    assertThat(rulesBroken.keySet())
        .allSatisfy(
            id -> {
              Map<String, String> application = applications.get(id);
              assertThat(conduct.get(application.get("dept_code"))).isNotEqualTo(Conduct.MODEL);
              assertThat(application.get("submitted_on").substring(0, 4))
                  .isIn("2023", "2024", "2025");
            });
  }

  @Test
  void someMattersAreReturnedTwiceBeforeTheirLastApplication() {
    // given the applications that re-submit a re-submission
    List<Map<String, String>> resubmittedTwice =
        applications.values().stream()
            .filter(a -> !a.get("resubmission_of").isEmpty())
            .filter(
                a -> !applications.get(a.get("resubmission_of")).get("resubmission_of").isEmpty())
            .toList();
    // then there are some, each the third application of its matter, submitted after the second
    assertThat(resubmittedTwice).isNotEmpty();
    for (Map<String, String> third : resubmittedTwice) {
      Map<String, String> second = applications.get(third.get("resubmission_of"));
      Map<String, String> first = applications.get(second.get("resubmission_of"));
      assertThat(first.get("resubmission_of")).isEmpty();
      assertThat(List.of(first.get("status"), second.get("status"))).containsOnly("RETURNED");
      assertThat(second.get("submitted_on")).isGreaterThanOrEqualTo(first.get("decided_on"));
      assertThat(third.get("submitted_on")).isGreaterThanOrEqualTo(second.get("decided_on"));
    }
  }
}
