package jianfu.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * consultations (征求意见): a few communities in scope give their opinion, before the decision, on
 * every approved application and on most others; those rejected because communities disagreed drew
 * mostly refusals, and no approval met a refusal. The few approvals that break a rule
 * (ComplianceBreaches) were not consulted, met one refusal, or were consulted only after the
 * decision.
 */
final class Consultations {

  private static final double CONSULTED_UNLESS_APPROVED = 0.85;
  private static final double DISAGREE_WHEN_REJECTED_FOR_IT = 0.75;
  private static final double DISAGREE_OTHERWISE = 0.15;

  private Consultations() {}

  static void write(Tables tables, DistrictPlan plan, Dice dice) {
    District district = plan.district();
    CsvTable out = tables.get("consultations");
    for (Application application : plan.book().all()) {
      Optional<ComplianceBreach> breach = plan.breaches().of(application);
      boolean consulted =
          application.status().approved()
              ? breach.filter(ComplianceBreach.NO_CONSULTATION::equals).isEmpty()
              : dice.chance(CONSULTED_UNLESS_APPROVED);
      if (!consulted) {
        continue;
      }
      List<Community> asked =
          dice.sample(application.scope().communities(district), dice.between(3, 8)).stream()
              .sorted(Comparator.comparingInt(Community::index))
              .toList();
      for (Community community : asked) {
        boolean disagrees =
            application.status().approved()
                ? breach.filter(ComplianceBreach.DESPITE_DISAGREEMENT::equals).isPresent()
                    && community.equals(asked.get(0))
                : dice.chance(
                    application.reason() == Reason.COMMUNITY_DISAGREED
                        ? DISAGREE_WHEN_REJECTED_FOR_IT
                        : DISAGREE_OTHERWISE);
        out.write(
            out.row()
                .set("application_id", application.id())
                .set("org_code", community.code())
                .set("opinion", disagrees ? "DISAGREE" : "AGREE")
                .set("opined_on", opinedOn(application, breach, dice)));
      }
    }
  }

  /** A few days after submission, by the decision; after it for the approvals consulted late. */
  private static LocalDate opinedOn(
      Application application, Optional<ComplianceBreach> breach, Dice dice) {
    LocalDate decided = application.decidedOn();
    if (breach.filter(ComplianceBreach.CONSULTED_AFTER_DECISION::equals).isPresent()) {
      return decided.plusDays(dice.between(3, 20));
    }
    LocalDate opinedOn = application.submittedOn().plusDays(dice.between(2, 10));
    return decided != null && opinedOn.isAfter(decided) ? decided : opinedOn;
  }
}
