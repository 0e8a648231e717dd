package jianfu.jobs.ingest.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jianfu.schemas.SourceTable;

/**
 * The rows references may point to, by table and key, with the columns a reference asks about (an
 * org's level, an application's status, an organisation's category: Reference.columnsAskedOf).
 * References resolve against loaded rows only (decisions.md Ingestion 7): for other tables their
 * published raw Parquet (PublishedReferences), for a table's own references its surviving rows.
 */
public final class ReferenceData {

  private final Map<String, Map<String, Map<String, String>>> rowsByTable;

  private ReferenceData(Map<String, Map<String, Map<String, String>>> rowsByTable) {
    this.rowsByTable = rowsByTable;
  }

  /** The rows of each table by key, each with the columns asked about. */
  static ReferenceData ofRowsByKey(Map<String, Map<String, Map<String, String>>> rowsByTable) {
    return new ReferenceData(rowsByTable);
  }

  /** The given rows (values by column name, every column one may ask about) of the given tables. */
  public static ReferenceData of(Map<SourceTable, ? extends List<? extends Map<String, ?>>> rows) {
    Map<String, Map<String, Map<String, String>>> rowsByTable = new HashMap<>();
    rows.forEach((table, tableRows) -> rowsByTable.put(table.table(), byKey(table, tableRows)));
    return new ReferenceData(rowsByTable);
  }

  private static Map<String, Map<String, String>> byKey(
      SourceTable table, List<? extends Map<String, ?>> rows) {
    Map<String, Map<String, String>> byKey = new HashMap<>();
    for (Map<String, ?> row : rows) {
      Map<String, String> values = new HashMap<>();
      row.forEach((column, value) -> values.put(column, value == null ? null : value.toString()));
      byKey.put(String.valueOf(row.get(keyColumn(table))), values);
    }
    return byKey;
  }

  /** The columns asked about of the {@code table} row with key {@code code}, if it is loaded. */
  Optional<Map<String, String>> find(String table, String code) {
    return Optional.ofNullable(rowsByTable.getOrDefault(table, Map.of()).get(code));
  }

  /** The one key column references name (referenced tables have single-column keys). */
  static String keyColumn(SourceTable table) {
    if (table.key().size() != 1) {
      throw new IllegalStateException(
          table.table() + " is referred to but its key is " + table.key());
    }
    return table.key().get(0);
  }
}
