package jianfu.dashboards.report;

import java.util.List;
import java.util.Map;
import jianfu.schemas.OutputTable;

/** A table of the report: a header of labels and rows of formatted cells. */
record ReportTable(String id, Label title, List<Label> header, List<Row> rows) {

  record Row(List<Cell> cells) {}

  /** A cell's text and its CSS class (how the page marks empty, yes or suppressed cells). */
  record Cell(String text, String css) {

    static Cell of(Object value) {
      if (value == null) {
        return new Cell("—", "na");
      }
      if (value instanceof Boolean yes) {
        return yes ? new Cell("是 / yes", "yes") : new Cell("否 / no", "no");
      }
      if (value instanceof Double number) {
        return new Cell(String.format("%.1f", number), "number"); // scores shown to 1 decimal
      }
      return new Cell(value.toString(), value instanceof Number ? "number" : "text");
    }
  }

  /** Rows of a mart query, every column labelled as the contract labels it. */
  static ReportTable of(String id, Label title, OutputTable mart, List<Map<String, Object>> rows) {
    List<Label> header =
        rows.isEmpty()
            ? List.of()
            : rows.get(0).keySet().stream().map(column -> Label.of(mart, column)).toList();
    return of(id, title, header, rows);
  }

  /** Rows of a query under the header given, a label per column. */
  static ReportTable of(
      String id, Label title, List<Label> header, List<Map<String, Object>> rows) {
    return new ReportTable(
        id,
        title,
        header,
        rows.stream().map(row -> new Row(row.values().stream().map(Cell::of).toList())).toList());
  }
}
