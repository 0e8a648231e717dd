package jianfu.pipelines.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jianfu.schemas.Contract;
import jianfu.schemas.settings.ValidationRule;
import jianfu.schemas.settings.ValidationSettings;
import org.apache.spark.sql.Column;

/**
 * The configured validation rules, each checked before any work starts: a code of letters, digits
 * and underscores used once, both names given, and a check that {@link CheckParser} allows. The
 * first rule refused throws an {@link InvalidRuleException} naming it. Needs no Spark session, so
 * the pipeline refuses a bad rule before it starts Spark.
 */
public final class ValidationRules {

  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  /** A rule and its check as a Spark condition over burden_by_community and prev_ columns. */
  public record CheckedRule(ValidationRule rule, Column condition) {}

  private final List<CheckedRule> rules;

  private ValidationRules(List<CheckedRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static ValidationRules of(ValidationSettings settings, Contract contract) {
    Set<String> columns = new LinkedHashSet<>(RuleColumns.all(contract));
    Set<String> codes = new HashSet<>();
    List<CheckedRule> checked = new ArrayList<>();
    for (int i = 0; i < settings.rules().size(); i++) {
      ValidationRule rule = settings.rules().get(i);
      String code = rule.code();
      if (code == null || !CODE.matcher(code).matches()) {
        // The code itself is not repeated: it may hold anything, a terminal's controls too.
        throw new InvalidRuleException(
            "number " + (i + 1),
            "the code must be a letter, then up to 63 letters, digits or underscores");
      }
      if (!codes.add(code)) {
        throw new InvalidRuleException(code, "the code is used by two rules");
      }
      if (isBlank(rule.nameZh()) || isBlank(rule.nameEn())) {
        throw new InvalidRuleException(code, "name_zh and name_en must both be given");
      }
      checked.add(
          new CheckedRule(rule, CheckColumn.of(CheckParser.parse(code, rule.check(), columns))));
    }
    return new ValidationRules(checked);
  }

  public List<CheckedRule> rules() {
    return rules;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
