package jianfu.jobs.ingest.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.duckdb.DuckDbTypes;
import jianfu.schemas.FileTrees;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SourceTable;

/**
 * The three tables of a work file. {@code staged}: valid rows, typed, with where they came from.
 * {@code rejected}: rows already bound for the quarantine, in the quarantine's columns. {@code
 * warned}: the warnings of staged rows, in the same columns.
 */
public final class StagingTables {

  public static final String STAGED = "staged";
  public static final String REJECTED = "rejected";
  public static final String WARNED = "warned";

  /**
   * The quarantine columns that say where a row came from; staged rows carry them first, in this
   * order.
   */
  public static final List<String> ORIGIN = List.of("source_file", "line", "raw_record");

  private static final String WAL = ".wal";

  private StagingTables() {}

  /**
   * The name a quarantine column has among a staged row's columns: prefixed so that it cannot clash
   * with a table's own columns (applications has a column reason).
   */
  public static String bookkeeping(String quarantineColumn) {
    return "_" + quarantineColumn;
  }

  static void create(Connection duck, SourceTable table, OutputTable quarantine)
      throws SQLException {
    Stream<String> origin =
        ORIGIN.stream()
            .map(name -> DuckDbTypes.column(bookkeeping(name), typeOf(quarantine, name)));
    Stream<String> own =
        table.columns().stream()
            .map(column -> DuckDbTypes.column(column.name(), column.storedType()));
    DuckDb.execute(
        duck, createTable(STAGED, Stream.concat(origin, own).collect(Collectors.joining(", "))));
    DuckDb.execute(duck, createTable(REJECTED, DuckDbTypes.columns(quarantine)));
    DuckDb.execute(duck, createTable(WARNED, DuckDbTypes.columns(quarantine)));
  }

  /** Deletes a work file, if there is one, with its log and what a killed process spilled. */
  public static void delete(Path workFile) throws IOException {
    Files.deleteIfExists(workFile);
    Files.deleteIfExists(workFile.resolveSibling(workFile.getFileName() + WAL));
    FileTrees.delete(DuckDb.spillFolder(workFile));
  }

  private static String createTable(String name, String columns) {
    return "CREATE TABLE IF NOT EXISTS " + name + " (" + columns + ")";
  }

  private static String typeOf(OutputTable quarantine, String name) {
    return quarantine.columns().stream()
        .filter(column -> column.name().equals(name))
        .map(OutputColumn::type)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the quarantine has no column " + name));
  }
}
