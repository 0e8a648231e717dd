package jianfu.dashboards.superset;

import static jianfu.dashboards.superset.UnzippedBundle.list;
import static jianfu.dashboards.superset.UnzippedBundle.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Roughly the SQL Superset sends for a chart: its columns, metric expressions and filters against
 * the dataset's table. Enough to prove on a real DuckDB file that every expression parses and
 * binds; not Superset's exact query.
 */
final class ChartQuery {

  private ChartQuery() {}

  static String sql(Map<String, Object> params, Map<String, Object> dataset) {
    List<String> selected = new ArrayList<>();
    List<String> grouped =
        ChartParams.dimensions(params).stream().map(column -> column(column, dataset)).toList();
    if (ChartParams.isRaw(params)) {
      ChartParams.rawColumns(params).forEach(column -> selected.add(column(column, dataset)));
    } else {
      selected.addAll(grouped);
      ChartParams.metrics(params).forEach(metric -> selected.add(expression(metric, dataset)));
    }
    String sql =
        "SELECT "
            + String.join(", ", selected)
            + " FROM "
            + quote((String) dataset.get("schema"))
            + "."
            + quote((String) dataset.get("table_name"));
    List<String> conditions =
        ChartParams.filters(params).stream().map(filter -> condition(filter, dataset)).toList();
    if (!conditions.isEmpty()) {
      sql += " WHERE " + String.join(" AND ", conditions);
    }
    if (!ChartParams.isRaw(params) && !grouped.isEmpty()) {
      sql += " GROUP BY " + String.join(", ", grouped);
    }
    return sql;
  }

  private static String expression(Object metric, Map<String, Object> dataset) {
    if (metric instanceof String name) {
      return list(dataset.get("metrics")).stream()
          .map(UnzippedBundle::map)
          .filter(saved -> name.equals(saved.get("metric_name")))
          .map(saved -> (String) saved.get("expression"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no saved metric " + name));
    }
    Map<String, Object> adhoc = map(metric);
    if ("SQL".equals(adhoc.get("expressionType"))) {
      return (String) adhoc.get("sqlExpression");
    }
    String column = column((String) map(adhoc.get("column")).get("column_name"), dataset);
    String aggregate = (String) adhoc.get("aggregate");
    return aggregate.equals("COUNT_DISTINCT")
        ? "COUNT(DISTINCT " + column + ")"
        : aggregate + "(" + column + ")";
  }

  private static String condition(Map<String, Object> filter, Map<String, Object> dataset) {
    if ("SQL".equals(filter.get("expressionType"))) {
      return "(" + filter.get("sqlExpression") + ")";
    }
    String subject = column((String) filter.get("subject"), dataset);
    Object comparator = filter.get("comparator");
    return switch ((String) filter.get("operator")) {
      case "==" -> subject + " = " + literal(comparator);
      case "!=" -> subject + " <> " + literal(comparator);
      case "IN" -> subject + " IN " + literals(comparator);
      case "NOT IN" -> subject + " NOT IN " + literals(comparator);
      default -> throw new AssertionError("operator not simulated: " + filter.get("operator"));
    };
  }

  private static String literals(Object comparator) {
    return list(comparator).stream()
        .map(ChartQuery::literal)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String literal(Object value) {
    return value instanceof String text ? "'" + text.replace("'", "''") + "'" : value.toString();
  }

  /**
   * A column as Superset reads it: a calculated column of the dataset is its expression (Superset
   * puts the expression in the query, not the name), any other column its quoted name.
   */
  private static String column(String name, Map<String, Object> dataset) {
    return list(dataset.get("columns")).stream()
        .map(UnzippedBundle::map)
        .filter(column -> name.equals(column.get("column_name")))
        .map(column -> (String) column.get("expression"))
        .filter(expression -> expression != null)
        .map(expression -> "(" + expression + ")")
        .findFirst()
        .orElse(quote(name));
  }

  private static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
