package jianfu.oracle;

import jianfu.pipelines.validation.ValidationRules;
import jianfu.pipelines.validation.ValidationRules.CheckedRule;
import jianfu.schemas.DuckDbSql;

/**
 * Puts the configured validation rules into the oracle query of validation_violations: one {@code
 * union all select ..., (<check>) from community_years} per rule, at the query's {@code rule
 * checks} marker. The check text lands in SQL as written, which is safe only because {@link
 * ValidationRules} has already held it to the subset (no quotes, comments or semicolons, only known
 * columns, allowed operators and COALESCE); the code is a quoted literal besides.
 */
final class ValidationRuleSql {

  static final String MART = "validation_violations";
  static final String MARKER = "/* rule checks */";

  private ValidationRuleSql() {}

  static String fill(String query, ValidationRules rules) {
    if (!query.contains(MARKER)) {
      throw new IllegalStateException("the validation query has no marker " + MARKER);
    }
    StringBuilder checks = new StringBuilder();
    for (CheckedRule rule : rules.rules()) {
      checks
          .append("\n    union all\n    select year, org_code, street_code, ")
          .append(DuckDbSql.literal(rule.rule().code()))
          .append(", (")
          .append(rule.rule().check())
          .append(")\n    from community_years");
    }
    return query.replace(MARKER, checks.toString());
  }
}
