package jianfu.jobs.ingest.stage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.duckdb.DuckDbTypes;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SourceTable;

/**
 * The three kinds of staged rows. {@code staged}: valid rows, typed, with where they came from.
 * {@code rejected}: rows already bound for the quarantine, in the quarantine's columns. {@code
 * warned}: the warnings of staged rows, in the same columns. The stage step writes them chunk by
 * chunk as CSV segments (StagingSegments); the commit step reads each kind back as one table.
 */
public final class StagedRows {

  public static final String STAGED = "staged";
  public static final String REJECTED = "rejected";
  public static final String WARNED = "warned";

  /** The quarantine column holding a row's text as it was read. */
  public static final String RAW_RECORD = "raw_record";

  /** The three kinds, in the order a chunk's segments are written. */
  public static final List<String> KINDS = List.of(STAGED, REJECTED, WARNED);

  /**
   * The quarantine columns that say where a row came from; staged rows carry them first, in this
   * order.
   */
  public static final List<String> ORIGIN = List.of("source_file", "line", RAW_RECORD);

  private StagedRows() {}

  /**
   * The name a quarantine column has among a staged row's columns: prefixed so that it cannot clash
   * with a table's own columns (applications has a column reason).
   */
  public static String bookkeeping(String quarantineColumn) {
    return "_" + quarantineColumn;
  }

  /**
   * Makes each kind one table of the commit step's connection: a view of its segments in {@code
   * segments}, or an empty table when no chunk had a row of that kind.
   */
  public static void read(
      Connection duck, SourceTable table, OutputTable quarantine, StagingSegments segments)
      throws SQLException, IOException {
    for (String kind : KINDS) {
      List<Path> files = segments.files(kind);
      Map<String, String> columns = columns(kind, table, quarantine);
      DuckDb.execute(
          duck,
          files.isEmpty()
              ? createTable(kind, columns)
              : "CREATE VIEW %s AS %s".formatted(kind, StagingSegments.readSql(files, columns)));
    }
  }

  /** A kind's columns, name to contract type, in the order a segment holds them. */
  static Map<String, String> columns(String kind, SourceTable table, OutputTable quarantine) {
    Map<String, String> columns = new LinkedHashMap<>();
    if (!kind.equals(STAGED)) {
      quarantine.columns().forEach(column -> columns.put(column.name(), column.type()));
      return columns;
    }
    ORIGIN.forEach(name -> columns.put(bookkeeping(name), typeOf(quarantine, name)));
    table.columns().forEach(column -> columns.put(column.name(), column.storedType()));
    return columns;
  }

  private static String createTable(String name, Map<String, String> columns) {
    return "CREATE TABLE %s (%s)"
        .formatted(
            name,
            columns.entrySet().stream()
                .map(column -> DuckDbTypes.column(column.getKey(), column.getValue()))
                .collect(Collectors.joining(", ")));
  }

  private static String typeOf(OutputTable quarantine, String name) {
    return quarantine.columns().stream()
        .filter(column -> column.name().equals(name))
        .map(OutputColumn::type)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the quarantine has no column " + name));
  }
}
