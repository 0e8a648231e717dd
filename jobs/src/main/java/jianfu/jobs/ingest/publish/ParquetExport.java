package jianfu.jobs.ingest.publish;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Collectors;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.stage.StagingTables;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SourceTable;

/** Writes a classified table's loaded rows and its quarantine as Parquet files. */
final class ParquetExport {

  private final SourceTable table;
  private final OutputTable quarantine;

  ParquetExport(SourceTable table, OutputTable quarantine) {
    this.table = table;
    this.quarantine = quarantine;
  }

  /** The loaded rows: the contract's columns in its order, in file order. */
  void writeLoaded(Connection duck, Path file) throws SQLException {
    copy(
        duck,
        """
        SELECT %s FROM classified
        WHERE _reason IS NULL AND NOT _collapsed ORDER BY _source_file, _line
        """
            .formatted(DuckDb.identifiers(table.columnNames())),
        file);
  }

  /** Rows rejected while reading and validating, then those rejected at publication. */
  void writeQuarantined(Connection duck, Path file) throws SQLException {
    String fromClassified =
        quarantine.columnNames().stream()
            .map(
                column ->
                    DuckDb.identifier(StagingTables.bookkeeping(column))
                        + " AS "
                        + DuckDb.identifier(column))
            .collect(Collectors.joining(", "));
    copy(
        duck,
        """
        SELECT %s FROM rejected_once
        UNION ALL SELECT %s FROM classified WHERE _reason IS NOT NULL
        ORDER BY source_file, line
        """
            .formatted(DuckDb.identifiers(quarantine.columnNames()), fromClassified),
        file);
  }

  static void copy(Connection duck, String query, Path file) throws SQLException {
    DuckDb.execute(
        duck,
        "COPY (%s) TO %s (FORMAT parquet, COMPRESSION zstd)"
            .formatted(query, DuckDb.literal(file.toString())));
  }
}
