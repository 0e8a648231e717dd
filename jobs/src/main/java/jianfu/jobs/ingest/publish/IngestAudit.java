package jianfu.jobs.ingest.publish;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import jianfu.jobs.ingest.IngestCounts;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.duckdb.DuckDbTypes;
import jianfu.schemas.OutputTable;

/**
 * One reconciliation row per input file (Contract.ingestAudit()): every row read was loaded,
 * collapsed or quarantined, so rows_read = rows_loaded + rows_collapsed + rows_quarantined; the row
 * also says which encoding the file was read in and which of its columns were not in the contract.
 * Rows an incremental pull keeps from the previous publication were not read: no audit row counts
 * them.
 */
final class IngestAudit {

  private final String table;
  private final OutputTable audit;

  IngestAudit(String table, OutputTable audit) {
    this.table = table;
    this.audit = audit;
  }

  /** Writes the audit of {@code sourceFiles} and returns the table's totals. */
  IngestCounts write(Connection duck, List<AuditedSource> sourceFiles, Path file)
      throws SQLException {
    DuckDb.execute(
        duck,
        "CREATE OR REPLACE TABLE source_files"
            + " (source_file VARCHAR, encoding VARCHAR, unknown_columns VARCHAR)");
    try (PreparedStatement insert =
        duck.prepareStatement("INSERT INTO source_files VALUES (?, ?, ?)")) {
      for (AuditedSource sourceFile : sourceFiles) {
        insert.setString(1, sourceFile.name());
        insert.setString(2, sourceFile.encoding());
        insert.setString(3, sourceFile.unknownColumnsText());
        insert.executeUpdate();
      }
    }
    DuckDb.execute(duck, "CREATE OR REPLACE TABLE audit (" + DuckDbTypes.columns(audit) + ")");
    DuckDb.execute(
        duck,
        """
        INSERT INTO audit BY NAME
        SELECT %s AS table_name, f.source_file, f.encoding, f.unknown_columns,
               count(outcome.fate) AS rows_read,
               count(*) FILTER (WHERE outcome.fate = 'loaded') AS rows_loaded,
               count(*) FILTER (WHERE outcome.fate = 'collapsed') AS rows_collapsed,
               count(*) FILTER (WHERE outcome.fate = 'quarantined') AS rows_quarantined
        FROM source_files f
        LEFT JOIN (
          SELECT _source_file AS source_file,
                 CASE WHEN _reason IS NOT NULL THEN 'quarantined'
                      WHEN _collapsed THEN 'collapsed' ELSE 'loaded' END AS fate
          FROM classified
          UNION ALL SELECT source_file, 'quarantined' FROM rejected_once) outcome
        ON outcome.source_file = f.source_file
        GROUP BY f.source_file, f.encoding, f.unknown_columns
        """
            .formatted(DuckDb.literal(table)));
    ParquetExport.copy(
        duck,
        "SELECT %s FROM audit ORDER BY source_file"
            .formatted(DuckDb.identifiers(audit.columnNames())),
        file);
    return totals(duck);
  }

  private static IngestCounts totals(Connection duck) throws SQLException {
    try (Statement statement = duck.createStatement();
        ResultSet sums =
            statement.executeQuery(
                """
                SELECT coalesce(sum(rows_read), 0), coalesce(sum(rows_loaded), 0),
                       coalesce(sum(rows_collapsed), 0), coalesce(sum(rows_quarantined), 0)
                FROM audit
                """)) {
      sums.next();
      return new IngestCounts(sums.getLong(1), sums.getLong(2), sums.getLong(3), sums.getLong(4));
    }
  }
}
