package jianfu.pipelines.validation;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_divide;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
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
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.Decimal;

/**
 * A check that {@link CheckParser} allowed, as a Spark column built with Spark's own functions
 * (nothing of jianfu runs on the executors). Built from the parsed tree rather than with {@code
 * functions.expr}, for one reason: a division. The contract's ratios are null when there is nothing
 * to divide by, and so is DuckDB's {@code /} in the oracle; Spark's {@code /} fails the whole run
 * instead under ANSI mode. So {@code a / b} is {@code try_divide} of the two as doubles, which is
 * also the type DuckDB's {@code /} gives.
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

  /** The operators of one operand, by the parsed node's class. */
  private static final Map<Class<?>, UnaryOperator<Column>> UNARY =
      Map.of(
          UnaryMinus.class, functions::negate,
          UnaryPositive.class, operand -> operand,
          Not.class, functions::not,
          IsNull.class, Column::isNull,
          IsNotNull.class, Column::isNotNull);

  /** The operators of two operands, by the parsed node's class. */
  private static final Map<Class<?>, BinaryOperator<Column>> BINARY =
      Map.ofEntries(
          Map.entry(Add.class, Column::plus),
          Map.entry(Subtract.class, Column::minus),
          Map.entry(Multiply.class, Column::multiply),
          Map.entry(EqualTo.class, Column::equalTo),
          Map.entry(LessThan.class, Column::lt),
          Map.entry(LessThanOrEqual.class, Column::leq),
          Map.entry(GreaterThan.class, Column::gt),
          Map.entry(GreaterThanOrEqual.class, Column::geq),
          Map.entry(And.class, Column::and),
          Map.entry(Or.class, Column::or));

  private static Column operator(Expression node, List<Column> operands) {
    UnaryOperator<Column> unary = UNARY.get(node.getClass());
    if (unary != null) {
      return unary.apply(operands.get(0));
    }
    BinaryOperator<Column> binary = BINARY.get(node.getClass());
    if (binary != null) {
      return binary.apply(operands.get(0), operands.get(1));
    }
    throw new IllegalStateException("not a node CheckParser allows: " + node.prettyName());
  }
}
