package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's returns entered wrong, as the default validation rules see them from the generated
 * CSVs: each rule is broken a few times, in the years between the baseline and the headline year
 * only, so the violation views have something to show and the headline nothing to lose.
 */
class DemoViolationsTest {

  private static final int BASELINE = 2022;
  private static final int HEADLINE = 2025;

  /** Rule → the community-years that break it. */
  private static final Map<DefaultRule, List<Violation>> violations =
      new EnumMap<>(DefaultRule.class);

  /** Checks that could be decided (not skipped), over all rules and community-years. */
  private static int decided;

  private record Violation(String community, int year) {
    @Override
    public String toString() {
      return community + " in " + year;
    }
  }

  @BeforeAll
  static void evaluateTheDefaultRules() {
    ReportedBurden burden = ReportedBurden.of(DemoFolder.shared());
    for (DefaultRule rule : DefaultRule.values()) {
      List<Violation> broken = new ArrayList<>();
      for (String community : burden.communities) {
        for (int year : burden.reportingYears) {
          Boolean kept = rule.check(burden, community, year);
          if (kept != null) {
            decided++;
          }
          if (Boolean.FALSE.equals(kept)) {
            broken.add(new Violation(community, year));
          }
        }
      }
      violations.put(rule, broken);
    }
  }

  @Test
  void eachDefaultRuleIsBrokenByAFewCommunityYears() {
    // then every rule has a violation or a few, out of well over a thousand decided checks
    assertThat(decided).isGreaterThan(1000);
    violations.forEach(
        (rule, where) -> assertThat(where).as(rule + " broken by " + where).hasSizeBetween(1, 5));
  }

  @Test
  void everyViolationFallsBetweenTheBaselineAndTheHeadlineYear() {
    // then none is of the baseline, the headline year or the current year
    violations.forEach(
        (rule, where) ->
            assertThat(where)
                .as(rule + " broken by " + where)
                .extracting(Violation::year)
                .allSatisfy(year -> assertThat(year).isStrictlyBetween(BASELINE, HEADLINE)));
  }

  @Test
  void aWorkItemReturnSentNilBesideLedgersBreaksBothWorkItemRules() {
    // given the community-years with ledgers and no work items
    List<Violation> ledgersAlone = violations.get(DefaultRule.LEDGERS_WITHOUT_WORK_ITEMS);
    // then each also fell by more than 80%, and the fall rule catches other slips besides
    assertThat(violations.get(DefaultRule.WORK_ITEMS_FELL_80))
        .containsAll(ledgersAlone)
        .hasSizeGreaterThan(ledgersAlone.size());
  }
}
