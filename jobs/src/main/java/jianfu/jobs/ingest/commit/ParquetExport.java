package jianfu.jobs.ingest.commit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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
   * goes into the file's key-value metadata. File order sorts by a file's rank among {@code
   * sourceFiles}, ranked as DuckDB orders text: comparing names costs much more, since they share
   * long prefixes ({@code work_items-2025.csv}, {@code work_items-2026.csv}).
   */
  void writeLoaded(
      Connection duck, Path file, List<String> sourceFiles, Map<String, String> metadata)
      throws SQLException {
    String columns = DuckDb.identifiers(table.columnNames());
    String ranked =
        sourceFiles.stream().map(DuckDb::literal).collect(Collectors.joining(", ", "[", "]"));
    copy(
        duck,
        """
        SELECT %1$s FROM (
          SELECT %1$s, _source_file, _line FROM %2$s
          UNION ALL
          SELECT %1$s, _source_file, _line FROM classified WHERE _reason IS NULL AND NOT _collapsed)
        ORDER BY list_position(list_sort(%3$s), _source_file) NULLS FIRST, _line
        """
            .formatted(columns, KeptRows.VIEW, ranked),
        file,
        metadata);
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
