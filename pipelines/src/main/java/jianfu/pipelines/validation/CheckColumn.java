package jianfu.pipelines.validation;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.try_divide;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.catalyst.analysis.UnresolvedAttribute;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.expressions.Add;
import org.apache.spark.sql.catalyst.expressions.And;
import org.apache.spark.sql.catalyst.expressions.Divide;
import org.apache.spark.sql.catalyst.expressions.EqualTo;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GreaterThan;
import org.apache.spark.sql.catalyst.expressions.GreaterThanOrEqual;
import org.apache.spark.sql.catalyst.expressions.IsNotNull;
import org.apache.spark.sql.catalyst.expressions.IsNull;
import org.apache.spark.sql.catalyst.expressions.LessThan;
import org.apache.spark.sql.catalyst.expressions.LessThanOrEqual;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.Multiply;
import org.apache.spark.sql.catalyst.expressions.Not;
import org.apache.spark.sql.catalyst.expressions.Or;
import org.apache.spark.sql.catalyst.expressions.Subtract;
import org.apache.spark.sql.catalyst.expressions.UnaryMinus;
import org.apache.spark.sql.catalyst.expressions.UnaryPositive;
import org.apache.spark.sql.types.Decimal;

/**
 * A check that {@link CheckParser} allowed, as a Spark column built with Spark's own functions
 * (nothing of jianfu runs on the executors). Built from the parsed tree rather than with {@code
 * functions.expr}, for one reason: a division. The contract's ratios are null when there is nothing
 * to divide by, and so is DuckDB's {@code /} in the reference; Spark's {@code /} fails the whole
 * run instead under ANSI mode. So {@code a / b} is {@code try_divide} of the two as doubles, which
 * is also the type DuckDB's {@code /} gives.
 */
final class CheckColumn {

  private CheckColumn() {}

  static Column of(Expression node) {
    List<Column> operands = CheckParser.children(node).stream().map(CheckColumn::of).toList();
    if (node instanceof UnresolvedAttribute attribute) {
      return col(attribute.name().toLowerCase(Locale.ROOT));
    }
    if (node instanceof Literal literal) {
      Object value = literal.value();
      return lit(value instanceof Decimal decimal ? decimal.toJavaBigDecimal() : value);
    }
    if (node instanceof Divide) {
      return try_divide(operands.get(0).cast("double"), operands.get(1).cast("double"));
    }
    if (node instanceof UnresolvedFunction) {
      return coalesce(operands.toArray(Column[]::new));
    }
    return operator(node, operands);
  }

  private static Column operator(Expression node, List<Column> operands) {
    Column first = operands.get(0);
    if (node instanceof UnaryMinus) {
      return negate(first);
    }
    if (node instanceof UnaryPositive) {
      return first;
    }
    if (node instanceof Not) {
      return not(first);
    }
    if (node instanceof IsNull) {
      return first.isNull();
    }
    if (node instanceof IsNotNull) {
      return first.isNotNull();
    }
    Column second = operands.get(1);
    if (node instanceof Add) {
      return first.plus(second);
    }
    if (node instanceof Subtract) {
      return first.minus(second);
    }
    if (node instanceof Multiply) {
      return first.multiply(second);
    }
    if (node instanceof EqualTo) {
      return first.equalTo(second);
    }
    if (node instanceof LessThan) {
      return first.lt(second);
    }
    if (node instanceof LessThanOrEqual) {
      return first.leq(second);
    }
    if (node instanceof GreaterThan) {
      return first.gt(second);
    }
    if (node instanceof GreaterThanOrEqual) {
      return first.geq(second);
    }
    if (node instanceof And) {
      return first.and(second);
    }
    if (node instanceof Or) {
      return first.or(second);
    }
    throw new IllegalStateException("not a node CheckParser allows: " + node.prettyName());
  }
}
