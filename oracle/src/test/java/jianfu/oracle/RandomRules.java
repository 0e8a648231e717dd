package jianfu.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jianfu.schemas.settings.ValidationRule;
import jianfu.schemas.settings.ValidationSettings;

/**
 * Validation rules with random checks over the whole allowed subset (columns and prev_ columns,
 * whole and decimal numbers, + - * / with and without parentheses, comparisons, AND, OR, NOT, IS
 * [NOT] NULL, COALESCE), besides the three default ones: where Spark and DuckDB read operator
 * precedence, nulls, decimals or a division by zero differently, validation_violations differs.
 */
final class RandomRules {

  private static final List<String> COLUMNS =
      List.of(
          "work_items",
          "activities",
          "signboards",
          "ledger_volumes",
          "unadmitted_work_items",
          "unadmitted_ledger_volumes",
          "year");
  private static final List<String> COMPARISONS = List.of("=", "<>", "!=", "<", "<=", ">", ">=");
  private static final List<String> ARITHMETIC = List.of("+", "-", "*", "/");
  private static final int RULES = 8;

  private final Random random;

  private RandomRules(long seed) {
    this.random = new Random(seed);
  }

  /** The default rules and {@link #RULES} random ones. */
  static ValidationSettings settings(long seed) {
    List<ValidationRule> rules = new ArrayList<>(ValidationSettings.defaults().rules());
    RandomRules generator = new RandomRules(seed);
    for (int i = 1; i <= RULES; i++) {
      rules.add(new ValidationRule("RANDOM_" + i, "随机" + i, "Random " + i, generator.condition(3)));
    }
    return new ValidationSettings(rules);
  }

  private String condition(int depth) {
    int choice = random.nextInt(depth > 0 ? 6 : 2);
    return switch (choice) {
      case 0, 1 -> number(depth) + " " + pick(COMPARISONS) + " " + number(depth);
      case 2 -> "NOT " + condition(depth - 1);
      case 3 ->
          condition(depth - 1) + (random.nextBoolean() ? " AND " : " OR ") + condition(depth - 1);
      case 4 -> number(depth - 1) + (random.nextBoolean() ? " IS NULL" : " IS NOT NULL");
      default -> "(" + condition(depth - 1) + ")";
    };
  }

  private String number(int depth) {
    int choice = random.nextInt(depth > 0 ? 7 : 2);
    return switch (choice) {
      case 0 -> (random.nextInt(3) == 0 ? "prev_" : "") + pick(COLUMNS);
      case 1 -> literal();
      case 2, 3 -> number(depth - 1) + " " + pick(ARITHMETIC) + " " + number(depth - 1);
      case 4 -> "(" + number(depth - 1) + ")";
      case 5 -> "- " + number(depth - 1);
      default -> "COALESCE(" + number(depth - 1) + ", " + literal() + ")";
    };
  }

  private String literal() {
    return switch (random.nextInt(4)) {
      case 0 -> "0";
      case 1 -> Integer.toString(random.nextInt(20));
      case 2 -> "0." + (1 + random.nextInt(9));
      default -> random.nextInt(3) + "." + random.nextInt(10) + random.nextInt(10);
    };
  }

  private String pick(List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
