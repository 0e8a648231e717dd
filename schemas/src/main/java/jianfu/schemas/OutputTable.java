package jianfu.schemas;

import java.util.List;

/** A table the pipeline writes: a mart of indicators.md, the quarantine or the ingest audit. */
public record OutputTable(
    String table, String label, String description, List<String> key, List<OutputColumn> columns) {

  public List<String> columnNames() {
    return columns.stream().map(OutputColumn::name).toList();
  }
}
