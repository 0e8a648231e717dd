package jianfu.dashboards.report;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jianfu.dashboards.serving.DisplayNames;
import jianfu.schemas.OutputTable;

/**
 * One chart, declared: the rows it draws (a query on the served file), the column along the
 * category axis, how the rows make series, and how it looks. {@link ChartOption} turns it into an
 * ECharts option.
 */
record ChartSpec(
    String id, Label title, String sql, String category, Series series, Set<Look> looks) {

  /** A chart of some columns of one mart, one point per row: {@code SELECT category, columns}. */
  static ChartSpec ofColumns(
      String id,
      Label title,
      OutputTable mart,
      String category,
      String whereAndOrder,
      Set<Look> looks,
      String... columns) {
    return new ChartSpec(
        id,
        title,
        "SELECT "
            + category
            + ", "
            + String.join(", ", columns)
            + " FROM "
            + mart.table()
            + " "
            + whereAndOrder,
        category,
        Columns.of(mart, columns),
        looks);
  }

  /** Draws the charts on the served file's rows, in order. */
  static List<Page.Chart> drawAll(List<ChartSpec> specs, ServedRows served) throws SQLException {
    List<Page.Chart> charts = new ArrayList<>();
    for (ChartSpec spec : specs) {
      charts.add(spec.drawOn(served));
    }
    return charts;
  }

  /**
   * Draws the chart on the served file's rows; a category of org unit or department codes is shown
   * by name ({@link DisplayNames}).
   */
  Page.Chart drawOn(ServedRows served) throws SQLException {
    List<Map<String, Object>> rows = served.query(sql);
    Optional<DisplayNames> names = DisplayNames.ofCodeColumn(category);
    if (names.isPresent()) {
      rows = byName(rows, served.names(names.get()));
    }
    return new Page.Chart(id, title, ChartOption.of(this, rows), looks.contains(Look.HORIZONTAL));
  }

  private List<Map<String, Object>> byName(
      List<Map<String, Object>> rows, Map<String, String> names) {
    List<Map<String, Object>> named = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> copy = new LinkedHashMap<>(row);
      copy.computeIfPresent(category, (column, code) -> names.getOrDefault(code, code.toString()));
      named.add(copy);
    }
    return named;
  }

  enum Look {
    LINE,
    STACKED,
    HORIZONTAL,
    /** Values are rates (0..1) drawn as percentages. */
    PERCENT,
    /** The last series is the target the others are read against: a dashed line over them. */
    TARGET_LAST
  }

  /** How a chart's rows become series: series name → one point (or null) per category. */
  interface Series {
    Map<String, List<Object>> points(
        List<Map<String, Object>> rows, String category, List<String> categories);
  }

  /** One series per value column, named by its label; one point per row. */
  record Columns(List<Column> columns) implements Series {

    /** Columns of a mart, labelled as the contract labels them. */
    static Columns of(OutputTable mart, String... names) {
      return new Columns(
          Arrays.stream(names).map(name -> new Column(name, Label.of(mart, name))).toList());
    }

    @Override
    public Map<String, List<Object>> points(
        List<Map<String, Object>> rows, String category, List<String> categories) {
      Map<String, List<Object>> series = new LinkedHashMap<>();
      for (Column column : columns) {
        List<Object> points = Points.none(categories.size());
        for (Map<String, Object> row : rows) {
          points.set(categories.indexOf(Points.text(row.get(category))), row.get(column.name()));
        }
        series.put(column.label().toString(), points);
      }
      return series;
    }
  }

  record Column(String name, Label label) {}

  /**
   * One series per distinct value of {@code seriesColumn} (e.g. a year), the points taken from
   * {@code valueColumn}: a category with no row for a series has no point there.
   */
  record Pivot(String seriesColumn, String valueColumn) implements Series {

    @Override
    public Map<String, List<Object>> points(
        List<Map<String, Object>> rows, String category, List<String> categories) {
      Map<String, List<Object>> series = new LinkedHashMap<>();
      // Series in natural order (years ascending); categories keep the rows' order.
      for (String name : Points.distinct(rows, seriesColumn).stream().sorted().toList()) {
        series.put(name, Points.none(categories.size()));
      }
      for (Map<String, Object> row : rows) {
        series
            .get(Points.text(row.get(seriesColumn)))
            .set(categories.indexOf(Points.text(row.get(category))), row.get(valueColumn));
      }
      return series;
    }
  }
}
