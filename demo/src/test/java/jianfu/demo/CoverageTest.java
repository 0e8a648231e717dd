package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo shows every case the marts and dashboards have something to say about. */
class CoverageTest {

  private static final int LATEST = 2025;

  private static DemoFolder demo;
  private static Map<String, Map<String, String>> applications;
  private static List<String> communities;

  @BeforeAll
  static void read() {
    demo = DemoFolder.shared();
    applications = new HashMap<>();
    demo.rows("applications").forEach(a -> applications.put(a.get("application_id"), a));
    communities =
        demo.rows("org_units").stream()
            .filter(org -> org.get("level").equals("COMMUNITY"))
            .map(org -> org.get("org_code"))
            .toList();
  }

  @Test
  void everyStatusReasonScopeAndMatterTypeOccurs() {
    Contract contract = Contract.load();
    for (String column : List.of("status", "reason", "scope", "matter_type")) {
      assertThat(applications.values().stream().map(a -> a.get(column)).collect(Collectors.toSet()))
          .as(column)
          .containsAll(contract.source("applications").column(column).values());
    }
    assertThat(applications).hasSizeBetween(200, 600);
  }

  @Test
  void returnedApplicationsAreResubmittedAndRevokedOnesSayWhen() {
    Set<String> resubmitted =
        applications.values().stream()
            .map(a -> a.get("resubmission_of"))
            .filter(id -> !id.isEmpty())
            .collect(Collectors.toSet());
    for (Map<String, String> application : applications.values()) {
      String status = application.get("status");
      if (status.equals("RETURNED")) {
        assertThat(resubmitted).contains(application.get("application_id"));
      }
      assertThat(application.get("revoked_on").isEmpty()).isEqualTo(!status.equals("REVOKED"));
    }
    assertThat(resubmitted)
        .allSatisfy(id -> assertThat(applications.get(id).get("status")).isEqualTo("RETURNED"));
  }

  @Test
  void listedApplicationsListTheirCommunities() {
    Set<String> withScopeRows =
        demo.rows("application_scope").stream()
            .map(row -> row.get("application_id"))
            .collect(Collectors.toSet());
    Set<String> listed =
        applications.values().stream()
            .filter(a -> a.get("scope").equals("LISTED"))
            .map(a -> a.get("application_id"))
            .collect(Collectors.toSet());
    assertThat(withScopeRows).isEqualTo(listed);
  }

  @Test
  void communitiesRefuseMostWhereTheRejectionSaysTheyDisagreed() {
    // given the consultations, split by the reason of the application
    int[] disagreedRejections = new int[2];
    int[] others = new int[2];
    for (Map<String, String> consultation : demo.rows("consultations")) {
      boolean rejectedForIt =
          applications
              .get(consultation.get("application_id"))
              .get("reason")
              .equals("COMMUNITY_DISAGREED");
      int[] counts = rejectedForIt ? disagreedRejections : others;
      counts[0]++;
      if (consultation.get("opinion").equals("DISAGREE")) {
        counts[1]++;
      }
    }
    // then refusals occur, and are far more frequent there
    assertThat(others[1]).isPositive();
    assertThat((double) disagreedRejections[1] / disagreedRejections[0])
        .isGreaterThan(2.0 * others[1] / others[0]);
  }

  @Test
  void supportArrivesInFullInPartAndNotAtAllAndCommunitiesVetoAndRefuse() {
    // given every task entrusted: an approved application in force, a community in scope, a year
    Map<String, Set<String>> listedScope = new HashMap<>();
    demo.rows("application_scope")
        .forEach(
            row ->
                listedScope
                    .computeIfAbsent(row.get("application_id"), id -> new HashSet<>())
                    .add(row.get("org_code")));
    Map<String, Map<String, String>> deliveries = new HashMap<>();
    demo.rows("support_deliveries").forEach(d -> deliveries.put(taskKey(d), d));
    Map<String, Boolean> completed = new HashMap<>();
    demo.rows("task_results")
        .forEach(t -> completed.put(taskKey(t), t.get("completed").equals("true")));
    int full = 0;
    int partial = 0;
    int none = 0;
    int vetoes = 0;
    int refusals = 0;
    for (Map<String, String> application : applications.values()) {
      for (int year = 2022; year <= LATEST; year++) {
        if (!Approvals.inForce(application, year)) {
          continue;
        }
        String id = application.get("application_id");
        List<String> scope =
            application.get("scope").equals("ALL")
                ? communities
                : new ArrayList<>(listedScope.getOrDefault(id, Set.of()));
        for (String community : scope) {
          String key = id + "|" + community + "|" + year;
          Map<String, String> delivery = deliveries.get(key);
          boolean supported = delivery != null && meets(delivery, application);
          if (delivery == null) {
            none++;
          } else if (supported) {
            full++;
          } else {
            partial++;
          }
          if (Boolean.FALSE.equals(completed.get(key))) {
            if (supported) {
              vetoes++;
            } else {
              refusals++;
            }
          }
        }
      }
    }
    // then every outcome occurs, refusals far more often than vetoes
    assertThat(full).isGreaterThan(partial);
    assertThat(partial).isPositive();
    assertThat(none).isPositive();
    assertThat(vetoes).isPositive();
    assertThat(refusals).isGreaterThan(vetoes);
    assertThat(demo.rows("support_deliveries"))
        .extracting(d -> d.get("materials_delivered"))
        .contains("true", "false");
  }

  @Test
  void theLatestYearHasUnadmittedRecordsBothWithoutAndWithAnApplication() {
    // given the latest year's work items
    List<Map<String, String>> latest =
        demo.rows("work_items").stream().filter(w -> w.get("year").equals("" + LATEST)).toList();
    // when sorted by admission at the year-end
    long admitted =
        latest.stream().filter(w -> admits(w.get("application_id"), LATEST + "-12-31")).count();
    long withoutApplication =
        latest.stream().filter(w -> w.get("application_id").isEmpty()).count();
    long namingAnUnadmittingOne =
        latest.stream()
            .filter(w -> !w.get("application_id").isEmpty())
            .filter(w -> !admits(w.get("application_id"), LATEST + "-12-31"))
            .count();
    // then most are admitted, and both kinds of unadmitted record occur
    assertThat(admitted).isGreaterThan(latest.size() * 3L / 4);
    assertThat(withoutApplication).isPositive();
    assertThat(namingAnUnadmittingOne).isPositive();
  }

  @Test
  void theBaselineIsMostlyUnadmitted() {
    List<Map<String, String>> baseline =
        demo.rows("work_items").stream().filter(w -> w.get("year").equals("2022")).toList();
    long admitted =
        baseline.stream().filter(w -> admits(w.get("application_id"), "2022-12-31")).count();
    assertThat(admitted).isLessThan(baseline.size() / 5);
  }

  @Test
  void someDepartmentsSlipInFarMoreWorkThanOthers() {
    // given the latest year's unadmitted work items and ledgers, per department
    Map<String, Integer> unadmitted = new HashMap<>();
    for (String table : List.of("work_items", "ledgers")) {
      for (Map<String, String> row : demo.rows(table)) {
        if (row.get("year").equals("" + LATEST)
            && !admits(row.get("application_id"), LATEST + "-12-31")) {
          unadmitted.merge(row.get("dept_code"), 1, Integer::sum);
        }
      }
    }
    // then the worst offender slips in many times what the typical department does
    List<Integer> counts =
        demo.rows("departments").stream()
            .map(d -> unadmitted.getOrDefault(d.get("dept_code"), 0))
            .sorted()
            .toList();
    int median = counts.get(counts.size() / 2);
    assertThat(counts.get(counts.size() - 1)).isGreaterThan(5 * Math.max(1, median));
  }

  @Test
  void ratingsGoBothWaysEveryYearWithScoresForEveryGrade() {
    List<Map<String, String>> ratings = demo.rows("ratings");
    for (int year = 2022; year <= LATEST; year++) {
      String y = "" + year;
      assertThat(
              ratings.stream()
                  .filter(r -> r.get("year").equals(y))
                  .map(r -> r.get("rater_type") + ">" + r.get("ratee_type"))
                  .collect(Collectors.toSet()))
          .containsExactlyInAnyOrder(
              "COMMUNITY>DEPARTMENT",
              "STREET>DEPARTMENT",
              "DEPARTMENT>COMMUNITY",
              "STREET>COMMUNITY");
    }
    // mean score per community in the latest year falls in every grade band
    Map<String, List<Double>> scores = new HashMap<>();
    ratings.stream()
        .filter(r -> r.get("year").equals("" + LATEST) && r.get("ratee_type").equals("COMMUNITY"))
        .forEach(
            r ->
                scores
                    .computeIfAbsent(r.get("ratee_code"), c -> new ArrayList<>())
                    .add(Double.parseDouble(r.get("score"))));
    Set<String> grades = new HashSet<>();
    scores
        .values()
        .forEach(
            list ->
                grades.add(
                    grade(list.stream().mapToDouble(Double::doubleValue).average().orElseThrow())));
    assertThat(grades).containsExactlyInAnyOrder("EXCELLENT", "GOOD", "PASS", "FAIL");
  }

  private static String grade(double score) {
    return score >= 90 ? "EXCELLENT" : score >= 80 ? "GOOD" : score >= 60 ? "PASS" : "FAIL";
  }

  private static String taskKey(Map<String, String> row) {
    return row.get("application_id") + "|" + row.get("org_code") + "|" + row.get("year");
  }

  private static boolean meets(Map<String, String> delivery, Map<String, String> application) {
    return Integer.parseInt(delivery.get("personnel"))
            >= Integer.parseInt(application.get("support_personnel"))
        && new java.math.BigDecimal(delivery.get("funding_yuan"))
                .compareTo(new java.math.BigDecimal(application.get("support_funding_yuan")))
            >= 0
        && (application.get("support_materials").isEmpty()
            || delivery.get("materials_delivered").equals("true"));
  }

  /** docs/indicators.md: admitted on the reference date by the application it names. */
  private static boolean admits(String applicationId, String date) {
    Map<String, String> application = applications.get(applicationId);
    if (application == null || !Approvals.approved(application)) {
      return false;
    }
    String revoked = application.get("revoked_on");
    return application.get("decided_on").compareTo(date) <= 0
        && (revoked.isEmpty() || revoked.compareTo(date) > 0);
  }
}
