package jianfu.pipelines.validation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.catalyst.analysis.UnresolvedAttribute;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.expressions.Add;
import org.apache.spark.sql.catalyst.expressions.And;
import org.apache.spark.sql.catalyst.expressions.BinaryComparison;
import org.apache.spark.sql.catalyst.expressions.BinaryOperator;
import org.apache.spark.sql.catalyst.expressions.Divide;
import org.apache.spark.sql.catalyst.expressions.EqualNullSafe;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.IsNotNull;
import org.apache.spark.sql.catalyst.expressions.IsNull;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.Multiply;
import org.apache.spark.sql.catalyst.expressions.Not;
import org.apache.spark.sql.catalyst.expressions.Or;
import org.apache.spark.sql.catalyst.expressions.Subtract;
import org.apache.spark.sql.catalyst.expressions.UnaryMinus;
import org.apache.spark.sql.catalyst.expressions.UnaryPositive;
import org.apache.spark.sql.catalyst.parser.CatalystSqlParser$;
import org.apache.spark.sql.types.NumericType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Parses a validation check with Spark's own SQL parser and walks the tree it gives, allowing only
 * the subset that Spark SQL and DuckDB evaluate alike (docs/indicators.md, {@code
 * validation_violations}): known column names, numbers, + - * /, the comparisons = &lt;&gt; != &lt;
 * &lt;= &gt; &gt;=, AND, OR, NOT, IS [NOT] NULL and COALESCE. The walk also checks kinds:
 * arithmetic and comparisons take numbers, AND, OR and NOT take conditions, and the whole is a
 * condition.
 *
 * <p>A real parser, not a pattern: what the rule means is what Spark reads, and anything Spark
 * reads as something outside the subset (IN, BETWEEN, CASE, any other function, a text or date
 * literal, a qualified name) is refused by name. {@link CheckText} first keeps the text to the
 * characters of the subset, so that DuckDB, which evaluates the same text, reads it the same way.
 */
final class CheckParser {

  /** What a node of the tree evaluates to. */
  enum Kind {
    NUMBER,
    CONDITION
  }

  static final String SUBSET =
      "column names, numbers, + - * /, comparisons, AND, OR, NOT, IS NULL and COALESCE";

  private final String code;
  private final Set<String> columns;

  private CheckParser(String code, Set<String> columns) {
    this.code = code;
    this.columns = columns;
  }

  /**
   * The parsed check, once it is known to be a condition in the subset over {@code columns}
   * (lower-case names); otherwise an {@link InvalidRuleException} naming the rule and the problem.
   */
  static Expression parse(String code, String check, Set<String> columns) {
    if (check == null || check.isBlank()) {
      throw new InvalidRuleException(code, "the check is empty");
    }
    CheckText.requireSubsetTokens(code, check);
    Expression tree;
    try {
      tree = CatalystSqlParser$.MODULE$.parseExpression(check);
    } catch (Exception e) { // Spark's ParseException is checked in Java's eyes, undeclared
      throw new InvalidRuleException(code, "the check does not parse: " + firstLine(e));
    }
    CheckParser parser = new CheckParser(code, columns);
    if (parser.kindOf(tree) != Kind.CONDITION) {
      throw new InvalidRuleException(
          code, "the check is a number, not a condition that is true or false");
    }
    return tree;
  }

  private Kind kindOf(Expression node) {
    if (node instanceof UnresolvedAttribute attribute) {
      return column(attribute);
    }
    if (node instanceof Literal literal) {
      if (literal.value() == null || !(literal.dataType() instanceof NumericType)) {
        throw outside(literal.sql());
      }
      return Kind.NUMBER;
    }
    if (node instanceof Add
        || node instanceof Subtract
        || node instanceof Multiply
        || node instanceof Divide) {
      requireAll(node, Kind.NUMBER);
      return Kind.NUMBER;
    }
    if (node instanceof UnaryMinus || node instanceof UnaryPositive) {
      requireAll(node, Kind.NUMBER);
      return Kind.NUMBER;
    }
    if (node instanceof BinaryComparison && !(node instanceof EqualNullSafe)) {
      requireAll(node, Kind.NUMBER);
      return Kind.CONDITION;
    }
    if (node instanceof And || node instanceof Or || node instanceof Not) {
      requireAll(node, Kind.CONDITION);
      return Kind.CONDITION;
    }
    if (node instanceof IsNull || node instanceof IsNotNull) {
      children(node).forEach(this::kindOf);
      return Kind.CONDITION;
    }
    if (node instanceof UnresolvedFunction function && isPlainCoalesce(function)) {
      List<Expression> arguments = children(node);
      Kind first = kindOf(arguments.get(0));
      requireAll(node, first);
      return first;
    }
    throw outside(describe(node));
  }

  private Kind column(UnresolvedAttribute attribute) {
    List<String> parts = CollectionConverters.asJava(attribute.nameParts());
    String name = String.join(".", parts).toLowerCase(Locale.ROOT);
    if (parts.size() != 1 || !columns.contains(name)) {
      throw new InvalidRuleException(
          code, "unknown column " + String.join(".", parts) + " (known: " + known() + ")");
    }
    return Kind.NUMBER;
  }

  private void requireAll(Expression node, Kind kind) {
    for (Expression child : children(node)) {
      if (kindOf(child) != kind) {
        throw new InvalidRuleException(
            code,
            describe(node)
                + " takes "
                + (kind == Kind.NUMBER ? "numbers" : "conditions")
                + ", not "
                + child.sql());
      }
    }
  }

  private static boolean isPlainCoalesce(UnresolvedFunction function) {
    List<String> name = CollectionConverters.asJava(function.nameParts());
    return name.size() == 1
        && name.get(0).equalsIgnoreCase("coalesce")
        && !function.arguments().isEmpty()
        && !function.isDistinct()
        && function.filter().isEmpty()
        && function.ignoreNulls().isEmpty()
        && function.orderingWithinGroup().isEmpty();
  }

  private InvalidRuleException outside(String what) {
    return new InvalidRuleException(
        code, "the check uses " + what + ", which is outside the allowed subset (" + SUBSET + ")");
  }

  /** What the rule's author wrote: the operator, the function's name or the keyword. */
  private static String describe(Expression node) {
    if (node instanceof UnresolvedFunction function) {
      return "the function " + String.join(".", CollectionConverters.asJava(function.nameParts()));
    }
    if (node instanceof BinaryOperator operator) {
      return operator.sqlOperator();
    }
    return node.prettyName().toUpperCase(Locale.ROOT);
  }

  private String known() {
    return String.join(", ", columns);
  }

  static List<Expression> children(Expression node) {
    return CollectionConverters.asJava(node.children());
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.strip().lines().findFirst().orElse(message);
  }
}
