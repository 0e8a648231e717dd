package jianfu.demo;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * consultations (征求意见): a few communities in scope give their opinion on most applications; those
 * rejected because communities disagreed drew mostly refusals.
 */
final class Consultations {

  private static final double CONSULTED = 0.85;
  private static final double DISAGREE_WHEN_REJECTED_FOR_IT = 0.75;
  private static final double DISAGREE_WHEN_APPROVED = 0.05;
  private static final double DISAGREE_OTHERWISE = 0.15;

  private Consultations() {}

  static void write(Tables tables, DistrictPlan plan, Dice dice) {
    District district = plan.district();
    CsvTable out = tables.get("consultations");
    for (Application application : plan.book().all()) {
      if (!dice.chance(CONSULTED)) {
        continue;
      }
      double disagree =
          application.reason() == Reason.COMMUNITY_DISAGREED
              ? DISAGREE_WHEN_REJECTED_FOR_IT
              : application.status().approved() ? DISAGREE_WHEN_APPROVED : DISAGREE_OTHERWISE;
      for (Community community :
          dice.sample(application.scope().communities(district), dice.between(3, 8)).stream()
              .sorted(Comparator.comparingInt(Community::index))
              .toList()) {
        LocalDate opinedOn = application.submittedOn().plusDays(dice.between(2, 10));
        if (application.decidedOn() != null && opinedOn.isAfter(application.decidedOn())) {
          opinedOn = application.decidedOn();
        }
        out.write(
            out.row()
                .set("application_id", application.id())
                .set("org_code", community.code())
                .set("opinion", dice.chance(disagree) ? "DISAGREE" : "AGREE")
                .set("opined_on", opinedOn));
      }
    }
  }
}
