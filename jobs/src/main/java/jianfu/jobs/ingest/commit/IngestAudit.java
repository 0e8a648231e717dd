package jianfu.jobs.ingest.commit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import jianfu.jobs.ingest.IngestCounts;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.duckdb.DuckDbTypes;
import jianfu.jobs.ingest.read.AuditedSource;
import jianfu.jobs.ingest.stage.StagedRows;
import jianfu.schemas.OutputTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reconciliation row per input file (Contract.ingestAudit()): rows_read is what the reader
 * counted (RecordCountingReader), the other counts are what became of the rows, so rows_read =
 * rows_loaded + rows_collapsed + rows_quarantined holds only if no row was lost on the way, and a
 * file where it does not is logged as an error. rows_warned counts the loaded rows with a warning.
 * The row also says which encoding the file was read in and which of its columns were not in the
 * contract. Rows an incremental pull keeps from the previous publication were not read: no audit
 * row counts them.
 */
final class IngestAudit {

  private static final Logger log = LoggerFactory.getLogger(IngestAudit.class);

  private final String table;
  private final OutputTable audit;

  IngestAudit(String table, OutputTable audit) {
    this.table = table;
    this.audit = audit;
  }

  /**
   * Writes the audit of {@code sourceFiles} and returns the table's totals.
   *
   * <p>The rows' fates are counted per file before they meet the file's row: joining every row to
   * its file and grouping afterwards took three times as long (0.45 s against 1.3 s for a
   * province's 6.4 M support deliveries; docs/benchmarks.md, "Eleventh round").
   *
   * @param recordsRead the records the reader read, by source file
   */
  IngestCounts write(
      Connection duck, List<AuditedSource> sourceFiles, Map<String, Long> recordsRead, Path file)
      throws SQLException {
    DuckDb.execute(
        duck,
        "CREATE OR REPLACE TABLE source_files"
            + " (source_file VARCHAR, encoding VARCHAR, unknown_columns VARCHAR, records BIGINT)");
    try (PreparedStatement insert =
        duck.prepareStatement("INSERT INTO source_files VALUES (?, ?, ?, ?)")) {
      for (AuditedSource sourceFile : sourceFiles) {
        insert.setString(1, sourceFile.name());
        insert.setString(2, sourceFile.encoding());
        insert.setString(3, sourceFile.unknownColumnsText());
        insert.setLong(4, recordsRead.getOrDefault(sourceFile.name(), 0L));
        insert.executeUpdate();
      }
    }
    DuckDb.execute(duck, "CREATE OR REPLACE TABLE audit (" + DuckDbTypes.columns(audit) + ")");
    DuckDb.execute(
        duck,
        """
        INSERT INTO audit BY NAME
        SELECT %s AS table_name, f.source_file, f.encoding, f.unknown_columns,
               f.records AS rows_read,
               coalesce(sum(outcome.loaded), 0) AS rows_loaded,
               coalesce(sum(outcome.collapsed), 0) AS rows_collapsed,
               coalesce(sum(outcome.quarantined), 0) AS rows_quarantined,
               (SELECT count(DISTINCT w.line) FROM loaded_warnings w
                WHERE w.source_file = f.source_file) AS rows_warned
        FROM source_files f
        LEFT JOIN (
          SELECT _source_file AS source_file,
                 count(*) FILTER (WHERE %s) AS loaded,
                 count(*) FILTER (WHERE _reason IS NULL AND _collapsed) AS collapsed,
                 count(*) FILTER (WHERE _reason IS NOT NULL) AS quarantined
          FROM classified GROUP BY ALL
          UNION ALL SELECT source_file, 0, 0, count(*) FROM %s GROUP BY ALL) outcome
        ON outcome.source_file = f.source_file
        GROUP BY ALL
        """
            .formatted(DuckDb.literal(table), Classification.LOADS, StagedRows.REJECTED));
    ParquetExport.copy(
        duck,
        "SELECT %s FROM audit ORDER BY source_file"
            .formatted(DuckDb.identifiers(audit.columnNames())),
        file);
    logUnreconciledFiles(duck);
    return totals(duck);
  }

  private void logUnreconciledFiles(Connection duck) throws SQLException {
    try (Statement statement = duck.createStatement();
        ResultSet files =
            statement.executeQuery(
                """
                SELECT source_file, rows_read, rows_loaded + rows_collapsed + rows_quarantined
                FROM audit WHERE rows_read <> rows_loaded + rows_collapsed + rows_quarantined
                """)) {
      while (files.next()) {
        log.error(
            "{}: {} does not reconcile: {} records read, {} loaded, collapsed or quarantined",
            table,
            files.getString(1),
            files.getLong(2),
            files.getLong(3));
      }
    }
  }

  private static IngestCounts totals(Connection duck) throws SQLException {
    try (Statement statement = duck.createStatement();
        ResultSet sums =
            statement.executeQuery(
                """
                SELECT coalesce(sum(rows_read), 0), coalesce(sum(rows_loaded), 0),
                       coalesce(sum(rows_collapsed), 0), coalesce(sum(rows_quarantined), 0),
                       coalesce(sum(rows_warned), 0)
                FROM audit
                """)) {
      sums.next();
      return new IngestCounts(
          sums.getLong(1), sums.getLong(2), sums.getLong(3), sums.getLong(4), sums.getLong(5));
    }
  }
}
