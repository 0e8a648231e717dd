package jianfu.oracle;

import java.math.BigDecimal;
import java.util.List;

/**
 * What follows an application: consultations, support deliveries meeting or missing the promise
 * (also for communities outside scope and years the application is not in force), and task results
 * completed, not completed or missing.
 */
final class RandomFollowUps {

  private static final int STRAY_ROWS = 20;
  private static final List<BigDecimal> FUNDING_SHORTFALLS =
      List.of(new BigDecimal("0.01"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("-100.00"));

  private final RandomDistrict district;
  private final List<GeneratedApplication> applications;
  private final List<GeneratedApplication> approved;

  RandomFollowUps(RandomDistrict district, List<GeneratedApplication> applications) {
    this.district = district;
    this.applications = applications;
    this.approved = applications.stream().filter(GeneratedApplication::approved).toList();
  }

  void generate() {
    applications.stream().filter(application -> district.chance(0.6)).forEach(this::consult);
    for (GeneratedApplication application : approved) {
      for (int year : district.reportingYears()) {
        for (String community : application.communitiesInScope()) {
          if (district.chance(0.55)) {
            deliverNearPromise(application, community, year);
          }
          if (district.chance(0.5)) {
            addTaskResult(application, community, year);
          }
        }
      }
    }
    for (int i = 0; i < STRAY_ROWS; i++) {
      deliverNearPromise(
          district.pick(applications),
          district.pick(district.communities),
          district.between(RandomDistrict.FIRST_YEAR - 1, RandomDistrict.LAST_YEAR + 1));
      addTaskResult(
          district.pick(approved),
          district.pick(district.communities),
          district.pick(district.reportingYears()));
    }
  }

  private void consult(GeneratedApplication application) {
    for (String community : district.some(district.communities, 1, 4)) {
      district.rows.add(
          "consultations",
          new RawRow()
              .with("application_id", application.id())
              .with("org_code", community)
              .with("opinion", district.chance(0.3) ? "DISAGREE" : "AGREE")
              .with("opined_on", application.submittedOn().plusDays(district.between(0, 10))));
    }
  }

  /** Exactly the promise, a little more, or a person or a cent (or more) short. */
  private void deliverNearPromise(GeneratedApplication application, String community, int year) {
    BigDecimal funding =
        application.supportFundingYuan().subtract(district.pick(FUNDING_SHORTFALLS));
    district.rows.add(
        "support_deliveries",
        new RawRow()
            .with("application_id", application.id())
            .with("org_code", community)
            .with("year", year)
            .with(
                "personnel", Math.max(0, application.supportPersonnel() + district.between(-1, 1)))
            .with("funding_yuan", funding.max(new BigDecimal("0.00")))
            .with("materials_delivered", district.chance(0.8))
            .with("delivered_on", district.chance(0.8) ? district.dayIn(year) : null));
  }

  private void addTaskResult(GeneratedApplication application, String community, int year) {
    district.rows.add(
        "task_results",
        new RawRow()
            .with("application_id", application.id())
            .with("org_code", community)
            .with("year", year)
            .with("completed", district.chance(0.7))
            .with("checked_on", district.chance(0.5) ? district.dayIn(year) : null));
  }
}
