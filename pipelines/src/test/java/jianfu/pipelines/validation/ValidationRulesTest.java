package jianfu.pipelines.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jianfu.schemas.Contract;
import jianfu.schemas.settings.ValidationRule;
import jianfu.schemas.settings.ValidationSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which checks are allowed, and what a refused rule is told, without starting Spark: the parser is
 * Spark's, the session is not needed.
 */
class ValidationRulesTest {

  private static final Contract CONTRACT = Contract.load();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "work_items >= 0.2 * prev_work_items",
        "ledger_volumes = 0 OR work_items > 0",
        "ledger_volumes <= 3000",
        "NOT (work_items <> prev_work_items) AND year > 2020",
        "coalesce(prev_ledger_volumes, 0) - ledger_volumes != -1.5e2",
        "Work_Items / (signboards + 1) < 3 OR unadmitted_activities IS NOT NULL",
        "COALESCE(work_items > 1, prev_year IS NULL)"
      })
  void aCheckInTheSubsetIsAllowed(String check) {
    // when
    ValidationRules rules = ValidationRules.of(settings("OK_1", check), CONTRACT);
    // then
    assertThat(rules.rules()).hasSize(1);
    assertThat(rules.rules().get(0).condition()).isNotNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "work_items >= 0.2 * prev_work_itemz | unknown column prev_work_itemz",
        "org_code > 0                        | unknown column org_code",
        "b.work_items > 0                    | unexpected character '.'",
        "work_items > 'x'                    | unexpected character ''' at position 14",
        "work_items > \"x\"                  | unexpected character '\"'",
        "`work_items` > 0                    | unexpected character '`'",
        "work_items > 0 -- and more          | '--' is not allowed",
        "work_items > 0 /* c */              | '/*' is not allowed",
        "work_items == 0                     | '==' is not allowed",
        "!(work_items > 0)                   | unexpected character '!'",
        "work_items > 0; DROP TABLE x        | unexpected character ';'",
        "work_items > 1L                     | unexpected character '1' at position 14",
        "work_items > 1234567890123456789    | more than 18 digits",
        "work_items IN (1, 2)                | the check uses IN",
        "work_items BETWEEN 1 AND 2          | the check uses the function between",
        "abs(work_items) > 1                 | the check uses the function abs",
        "CASE WHEN work_items > 0 THEN 1 END = 1 | the check uses CASEWHEN",
        "work_items <=> 0                    | the check uses <=>",
        "work_items > TRUE                   | the check uses true",
        "work_items > NULL                   | the check uses NULL",
        "work_items + 1                      | is a number, not a condition",
        "work_items AND signboards > 0       | AND takes conditions, not",
        "(work_items > 0) + 1 > 2            | + takes numbers, not",
        "work_items >                        | does not parse",
        "work_items > 0) OR (1 = 1           | does not parse",
        "'                                   | unexpected character"
      })
  void aCheckOutsideTheSubsetIsRefusedNamingTheRule(String check, String problem) {
    assertThatThrownBy(() -> ValidationRules.of(settings("BAD_RULE", check.strip()), CONTRACT))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageStartingWith("validation rule BAD_RULE: ")
        .hasMessageContaining(problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"work_items\u0007 > 0", "work_items\u202e > 0"})
  void aControlCharacterIsNamedNotEchoed(String check) {
    assertThatThrownBy(() -> ValidationRules.of(settings("BAD", check), CONTRACT))
        .hasMessageContaining("unexpected character U+")
        .hasMessageNotContaining(check.substring(10, 11));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1ABC", "A B", "A;B", "\u001b[31mRED"})
  void aBadCodeIsRefusedWithoutEchoingIt(String code) {
    assertThatThrownBy(() -> ValidationRules.of(settings(code, "work_items > 0"), CONTRACT))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessage(
            "validation rule number 1: the code must be a letter, then up to 63 letters, digits or"
                + " underscores");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void rulesNeedBothNamesAndACheck(String blank) {
    assertThatThrownBy(
            () ->
                ValidationRules.of(
                    new ValidationSettings(
                        List.of(new ValidationRule("R1", blank, "name", "work_items > 0"))),
                    CONTRACT))
        .hasMessage("validation rule R1: name_zh and name_en must both be given");
    assertThatThrownBy(() -> ValidationRules.of(settings("R2", blank), CONTRACT))
        .hasMessage("validation rule R2: the check is empty");
  }

  @org.junit.jupiter.api.Test
  void aCodeIsUsedOnce() {
    ValidationSettings twice =
        new ValidationSettings(
            List.of(
                new ValidationRule("R1", "一", "one", "work_items > 0"),
                new ValidationRule("R1", "二", "two", "signboards > 0")));
    assertThatThrownBy(() -> ValidationRules.of(twice, CONTRACT))
        .hasMessage("validation rule R1: the code is used by two rules");
  }

  @org.junit.jupiter.api.Test
  void theDefaultRulesAreAllowed() {
    assertThat(ValidationRules.of(ValidationSettings.defaults(), CONTRACT).rules())
        .extracting(rule -> rule.rule().code())
        .containsExactly(
            "WORK_ITEMS_FELL_80", "LEDGERS_WITHOUT_WORK_ITEMS", "LEDGER_VOLUMES_OVER_3000");
  }

  private static ValidationSettings settings(String code, String check) {
    return new ValidationSettings(List.of(new ValidationRule(code, "规则", "rule", check)));
  }
}
