package jianfu.schemas;

import java.util.List;

/**
 * A table the pipeline writes: a mart (catalogued in docs/indicators.md), the quarantine or the
 * ingest audit. {@code labelEn} is the English name, declared for every mart.
 */
public record OutputTable(
    String table,
    String label,
    String labelEn,
    String description,
    List<String> key,
    List<OutputColumn> columns) {

  /** An ingestion table, named in Chinese only. */
  public OutputTable(
      String table,
      String label,
      String description,
      List<String> key,
      List<OutputColumn> columns) {
    this(table, label, null, description, key, columns);
  }

  public List<String> columnNames() {
    return columns.stream().map(OutputColumn::name).toList();
  }

  /** The declared column {@code name}; an error when the table declares none of that name. */
  public OutputColumn column(String name) {
    return columns.stream()
        .filter(column -> column.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(table + " has no column " + name));
  }
}
