package jianfu.jobs.ingest.commit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.stage.StagedRows;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SourceTable;

/**
 * Writes a classified table's loaded rows, its quarantine and its warnings (in the quarantine's
 * columns) as Parquet files.
 */
final class ParquetExport {

  private final SourceTable table;
  private final OutputTable quarantine;

  ParquetExport(SourceTable table, OutputTable quarantine) {
    this.table = table;
    this.quarantine = quarantine;
  }

  /**
   * The loaded rows: the contract's columns in its order; the rows kept from the previous
   * publication (KeptRows) first, in their order, then this run's in file order. {@code metadata}
   * goes into the file's key-value metadata.
   *
   * <p>{@code classified} already holds this run's rows in file order: it was copied from the
   * segments in chunk order, and a chunk holds its rows in the order they were read. DuckDB keeps
   * that order through a filter and into {@code COPY}, so only a pull that keeps earlier rows is
   * sorted; sorted by file and line, the write took more than twice as long (4.1–4.8 s against 1.8
   * s for a province's 7.25 M work items; docs/benchmarks.md, "Eleventh round").
   *
   * @param keepsEarlierRows whether this is an incremental pull, whose table adds the previous
   *     publication's rows ({@code kept}, ordered by their position there) before its own
   */
  void writeLoaded(
      Connection duck, Path file, boolean keepsEarlierRows, Map<String, String> metadata)
      throws SQLException {
    String columns = DuckDb.identifiers(table.columnNames());
    String loaded = "classified WHERE " + Classification.LOADS;
    String query =
        keepsEarlierRows
            // a pull has a single source, so its rows follow the kept ones by line alone
            ? """
              SELECT %1$s FROM (
                SELECT %1$s, _source_file, _line FROM %2$s
                UNION ALL
                SELECT %1$s, _source_file, _line FROM %3$s)
              ORDER BY _source_file NULLS FIRST, _line
              """
                .formatted(columns, KeptRows.VIEW, loaded)
            : "SELECT %s FROM %s".formatted(columns, loaded);
    copy(duck, query, file, metadata);
  }

  /**
   * Rows rejected while reading and validating, then those rejected at publication, with the raw
   * record their segment kept (Classification.classifyByKey). The join that finds those records
   * reads every segment again even when it has nothing to find, so it runs only when some row was
   * rejected at publication.
   */
  void writeQuarantined(Connection duck, Path file) throws SQLException {
    String fromClassified =
        quarantine.columnNames().stream()
            .map(
                column ->
                    (column.equals(StagedRows.RAW_RECORD) ? "s." : "c.")
                        + DuckDb.identifier(StagedRows.bookkeeping(column))
                        + " AS "
                        + DuckDb.identifier(column))
            .collect(Collectors.joining(", "));
    String rejectedAtPublication =
        """
        UNION ALL
        SELECT %s FROM classified c
        JOIN %s s ON s._source_file = c._source_file AND s._line = c._line
        WHERE c._reason IS NOT NULL
        """
            .formatted(fromClassified, StagedRows.STAGED);
    copy(
        duck,
        "SELECT %s FROM %s %s ORDER BY source_file, line"
            .formatted(
                DuckDb.identifiers(quarantine.columnNames()),
                StagedRows.REJECTED,
                anyRejectedAtPublication(duck) ? rejectedAtPublication : ""),
        file);
  }

  private static boolean anyRejectedAtPublication(Connection duck) throws SQLException {
    try (Statement statement = duck.createStatement();
        ResultSet found =
            statement.executeQuery("SELECT 1 FROM classified WHERE _reason IS NOT NULL LIMIT 1")) {
      return found.next();
    }
  }

  /**
   * The warnings of the loaded rows (Classification.keepWarningsOfLoadedRows) in file order, a
   * row's in the order of its columns.
   */
  void writeWarnings(Connection duck, Path file) throws SQLException {
    copy(
        duck,
        "SELECT %s FROM loaded_warnings ORDER BY source_file, line, _column_position"
            .formatted(DuckDb.identifiers(quarantine.columnNames())),
        file);
  }

  static void copy(Connection duck, String query, Path file) throws SQLException {
    copy(duck, query, file, Map.of());
  }

  private static void copy(Connection duck, String query, Path file, Map<String, String> metadata)
      throws SQLException {
    String keyValues =
        metadata.entrySet().stream()
            .map(entry -> DuckDb.literal(entry.getKey()) + ": " + DuckDb.literal(entry.getValue()))
            .collect(Collectors.joining(", "));
    DuckDb.execute(
        duck,
        "COPY (%s) TO %s (FORMAT parquet, COMPRESSION zstd%s)"
            .formatted(
                query,
                DuckDb.literal(file.toString()),
                keyValues.isEmpty() ? "" : ", KV_METADATA {" + keyValues + "}"));
  }
}
