package jianfu.jobs.ingest.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.duckdb.WorkDatabase;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.SourceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rows references may point to, by table and key, with the columns a reference asks about (an
 * org's level, an application's status, an organisation's category: Reference.columnsAskedOf).
 * References resolve against loaded rows only (decisions.md Ingestion 7): for other tables their
 * published raw Parquet, for a table's own references its surviving rows.
 */
public final class ReferenceData {

  private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

  private final Map<String, Map<String, Map<String, String>>> rowsByTable;

  private ReferenceData(Map<String, Map<String, Map<String, String>>> rowsByTable) {
    this.rowsByTable = rowsByTable;
  }

  /** The published rows of every other table {@code table} refers to, read in {@code database}. */
  public static ReferenceData load(
      Contract contract, SourceTable table, OutputLayout layout, WorkDatabase database)
      throws SQLException, IOException {
    Map<String, Map<String, Map<String, String>>> rowsByTable = new HashMap<>();
    if (table.referencedTables().isEmpty()) {
      return new ReferenceData(rowsByTable);
    }
    try (Connection duck = database.connect()) {
      for (String target : table.referencedTables()) {
        List<String> asked = table.columnsAskedOf(target);
        rowsByTable.put(
            target, published(duck, contract.source(target), asked, layout.raw(target)));
      }
    }
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

  private static Map<String, Map<String, String>> published(
      Connection duck, SourceTable target, List<String> askedAbout, Path folder)
      throws SQLException, IOException {
    Map<String, Map<String, String>> byKey = new HashMap<>();
    List<Path> files = DuckDbSql.parquetFilesIn(folder);
    if (files.isEmpty()) {
      log.warn(
          "{} has not been ingested ({} holds no Parquet file): every reference to it is unknown",
          target.table(),
          folder);
      return byKey;
    }
    String sql =
        "SELECT "
            + DuckDb.identifiers(List.of(keyColumn(target)))
            + (askedAbout.isEmpty() ? "" : ", " + DuckDb.identifiers(askedAbout))
            + " FROM read_parquet("
            + DuckDbSql.fileList(files)
            + ")";
    try (Statement statement = duck.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        Map<String, String> values = new HashMap<>();
        for (String column : askedAbout) {
          values.put(column, rows.getString(column));
        }
        byKey.put(rows.getString(1), values);
      }
    }
    return byKey;
  }

  /** The one key column references name (referenced tables have single-column keys). */
  private static String keyColumn(SourceTable table) {
    if (table.key().size() != 1) {
      throw new IllegalStateException(
          table.table() + " is referred to but its key is " + table.key());
    }
    return table.key().get(0);
  }
}
