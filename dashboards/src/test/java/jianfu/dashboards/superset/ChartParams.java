package jianfu.dashboards.superset;

import static jianfu.dashboards.superset.UnzippedBundle.list;
import static jianfu.dashboards.superset.UnzippedBundle.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a chart's {@code params} refer to, by the keys Superset's import format gives each viz type
 * (dashboards/README.md).
 */
final class ChartParams {

  /** A raw table's sort order: JSON strings such as {@code ["year", false]}. */
  private static final Pattern ORDER_BY = Pattern.compile("\\[\"([^\"]+)\", *(true|false)]");

  private ChartParams() {}

  /** Saved metric names and adhoc metrics, from {@code metric} and {@code metrics}. */
  static List<Object> metrics(Map<String, Object> params) {
    List<Object> metrics = new ArrayList<>();
    if (params.get("metric") != null) {
      metrics.add(params.get("metric"));
    }
    if (params.get("metrics") != null) {
      metrics.addAll(list(params.get("metrics")));
    }
    return metrics;
  }

  /** The label Superset shows (and sorts by) for a metric. */
  static String label(Object metric) {
    return metric instanceof String name ? name : (String) map(metric).get("label");
  }

  /** The columns an aggregating chart groups by. */
  static List<String> dimensions(Map<String, Object> params) {
    List<String> dimensions = new ArrayList<>();
    if (params.get("x_axis") != null) {
      dimensions.add((String) params.get("x_axis"));
    }
    for (String key : List.of("groupby", "groupbyRows", "groupbyColumns")) {
      if (params.get(key) != null) {
        list(params.get(key)).forEach(column -> dimensions.add((String) column));
      }
    }
    return dimensions;
  }

  static boolean isRaw(Map<String, Object> params) {
    return "raw".equals(params.get("query_mode"));
  }

  static List<String> rawColumns(Map<String, Object> params) {
    return list(params.getOrDefault("all_columns", List.of())).stream()
        .map(column -> (String) column)
        .toList();
  }

  static List<Map<String, Object>> filters(Map<String, Object> params) {
    return list(params.getOrDefault("adhoc_filters", List.of())).stream()
        .map(UnzippedBundle::map)
        .toList();
  }

  /** Every column the chart names, wherever it names one. */
  static Set<String> columnReferences(Map<String, Object> params) {
    Set<String> columns = new LinkedHashSet<>(dimensions(params));
    columns.addAll(rawColumns(params));
    filters(params).stream()
        .filter(filter -> "SIMPLE".equals(filter.get("expressionType")))
        .forEach(filter -> columns.add((String) filter.get("subject")));
    metrics(params).stream()
        .filter(metric -> metric instanceof Map<?, ?>)
        .map(UnzippedBundle::map)
        .filter(metric -> "SIMPLE".equals(metric.get("expressionType")))
        .forEach(metric -> columns.add((String) map(metric.get("column")).get("column_name")));
    for (Object order : list(params.getOrDefault("order_by_cols", List.of()))) {
      Matcher column = ORDER_BY.matcher((String) order);
      columns.add(column.matches() ? column.group(1) : "unreadable order_by_cols " + order);
    }
    return columns;
  }
}
