package jianfu.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few approvals that break a rule of the access system: {@link #PER_RULE} for each rule, each
 * approval breaking one, drawn among the approvals of ordinary and offending departments (models
 * keep the rules) submitted in the closed years after the reform's launch (the rules it set). Every
 * other approval keeps every rule, so the compliance view lists exactly these.
 */
final class ComplianceBreaches {

  static final int PER_RULE = 3;

  private final Map<String, ComplianceBreach> byApplication;

  private ComplianceBreaches(Map<String, ComplianceBreach> byApplication) {
    this.byApplication = byApplication;
  }

  static ComplianceBreaches draw(AccessBook book, Dice dice) {
    List<Application> approvals =
        book.all().stream()
            .filter(a -> a.status().approved())
            .filter(a -> a.matter().department().conduct() != Conduct.MODEL)
            .filter(a -> Years.AFTER_REFORM.contains(a.submittedOn().getYear()))
            .toList();
    ComplianceBreach[] rules = ComplianceBreach.values();
    List<Application> drawn = dice.sample(approvals, PER_RULE * rules.length);
    Map<String, ComplianceBreach> byApplication = new HashMap<>();
    for (int i = 0; i < drawn.size(); i++) {
      byApplication.put(drawn.get(i).id(), rules[i % rules.length]);
    }
    return new ComplianceBreaches(byApplication);
  }

  /** The rule the application breaks, if it is one of the few. */
  Optional<ComplianceBreach> of(Application application) {
    return Optional.ofNullable(byApplication.get(application.id()));
  }

  boolean breaks(Application application, ComplianceBreach rule) {
    return of(application).filter(rule::equals).isPresent();
  }
}
