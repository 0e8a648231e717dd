package jianfu.dashboards.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.dashboards.report.ChartSpec.Look;

/** The ECharts option of a declared chart over its rows (serialised to JSON in the page). */
final class ChartOption {

  private ChartOption() {}

  static Map<String, Object> of(ChartSpec spec, List<Map<String, Object>> rows) {
    List<String> categories = Points.distinct(rows, spec.category());
    boolean horizontal = spec.looks().contains(Look.HORIZONTAL);
    Map<String, Object> categoryAxis = new LinkedHashMap<>();
    categoryAxis.put("type", "category");
    categoryAxis.put("data", categories);
    // Horizontal bars read top-down in row order, as a ranking does.
    categoryAxis.put("inverse", horizontal);
    Map<String, Object> valueAxis = new LinkedHashMap<>();
    valueAxis.put("type", "value");
    valueAxis.put("name", spec.looks().contains(Look.PERCENT) ? "%" : "");

    Map<String, Object> option = new LinkedHashMap<>();
    option.put("animation", false); // a static report: the page is complete once drawn
    option.put("tooltip", Map.of("trigger", "axis"));
    option.put("legend", Map.of("type", "scroll", "bottom", 0));
    option.put(
        "grid", Map.of("left", 16, "right", 24, "top", 32, "bottom", 40, "containLabel", true));
    option.put("xAxis", horizontal ? valueAxis : categoryAxis);
    option.put("yAxis", horizontal ? categoryAxis : valueAxis);
    option.put("series", series(spec, spec.series().points(rows, spec.category(), categories)));
    return option;
  }

  private static List<Map<String, Object>> series(
      ChartSpec spec, Map<String, List<Object>> points) {
    List<Map<String, Object>> series = new ArrayList<>();
    List<String> names = List.copyOf(points.keySet());
    String target =
        spec.looks().contains(Look.TARGET_LAST) && !names.isEmpty()
            ? names.get(names.size() - 1)
            : null;
    points.forEach(
        (name, data) -> {
          Map<String, Object> one = new LinkedHashMap<>();
          one.put("name", name);
          boolean isTarget = name.equals(target);
          one.put("type", spec.looks().contains(Look.LINE) || isTarget ? "line" : "bar");
          if (isTarget) {
            one.put("lineStyle", Map.of("type", "dashed"));
            one.put("symbol", "none");
          }
          if (spec.looks().contains(Look.STACKED)) {
            one.put("stack", "total");
          }
          one.put(
              "data",
              spec.looks().contains(Look.PERCENT)
                  ? data.stream().map(ChartOption::percent).toList()
                  : data);
          series.add(one);
        });
    return series;
  }

  private static Object percent(Object rate) {
    return rate == null
        ? null
        : new BigDecimal(rate.toString()).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
  }
}
