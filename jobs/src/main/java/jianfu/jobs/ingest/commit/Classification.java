package jianfu.jobs.ingest.commit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Collectors;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.stage.StagedRows;
import jianfu.jobs.ingest.validate.Reason;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SourceTable;
import jianfu.schemas.SqlTypes;

/**
 * Decides in the committing DuckDB what happens to each staged row once the whole table is read
 * (decisions.md Ingestion 8). The table {@code classified} holds every staged row with a verdict in
 * the quarantine's columns ({@code _reason}, {@code _column_name}, {@code _message}; null while the
 * row survives) and {@code _collapsed}.
 */
final class Classification {

  private final Connection duck;
  private final SourceTable table;
  private final OutputTable quarantine;

  Classification(Connection duck, SourceTable table, OutputTable quarantine) {
    this.duck = duck;
    this.table = table;
    this.quarantine = quarantine;
  }

  /**
   * Starts every staged row without a verdict. Each row was staged once (a replayed chunk replaced
   * its own segments), so no copy of a line needs dropping.
   */
  void startFromStagedRows() throws SQLException {
    String verdicts =
        quarantine.columns().stream()
            .filter(column -> !StagedRows.ORIGIN.contains(column.name()))
            .map(
                column ->
                    "CAST(NULL AS %s) AS %s"
                        .formatted(
                            SqlTypes.of(column.type()),
                            DuckDb.identifier(StagedRows.bookkeeping(column.name()))))
            .collect(Collectors.joining(", "));
    DuckDb.execute(
        duck,
        """
        CREATE OR REPLACE TABLE classified AS
        SELECT *, %s, FALSE AS _collapsed FROM %s
        """
            .formatted(verdicts, StagedRows.STAGED));
  }

  /**
   * Different rows sharing a key are all DUPLICATE_KEY, identical copies included: none is guessed
   * (jobs/README.md, Bad-input corpus).
   */
  void rejectConflictingKeys() throws SQLException {
    String key = DuckDb.identifiers(table.key());
    String sameKey =
        table.key().stream()
            .map(column -> "classified.%1$s = conflicts.%1$s".formatted(DuckDb.identifier(column)))
            .collect(Collectors.joining(" AND "));
    DuckDb.execute(
        duck,
        """
        UPDATE classified
        SET _reason = %s, _column_name = %s,
            _message = conflicts.versions || ' different rows have this key; none is loaded'
        FROM (SELECT %s, count(*) AS versions FROM (SELECT DISTINCT %s FROM classified)
              GROUP BY ALL HAVING count(*) > 1) conflicts
        WHERE %s
        """
            .formatted(
                DuckDb.literal(Reason.DUPLICATE_KEY.name()),
                DuckDb.literal(String.join(", ", table.key())),
                key,
                DuckDb.identifiers(table.columnNames()),
                sameKey));
  }

  /**
   * The table {@code loaded_warnings}: the warnings of the rows that load; the warnings of a row
   * quarantined or collapsed at publication go with it (the loaded copy of a collapsed row has its
   * own).
   */
  void keepWarningsOfLoadedRows() throws SQLException {
    DuckDb.execute(
        duck,
        """
        CREATE OR REPLACE TABLE loaded_warnings AS
        SELECT w.*, list_position([%s], w.column_name) AS _column_position
        FROM %s w
        JOIN classified c ON c._source_file = w.source_file AND c._line = w.line
        WHERE c._reason IS NULL AND NOT c._collapsed
        """
            .formatted(
                table.columnNames().stream().map(DuckDb::literal).collect(Collectors.joining(", ")),
                StagedRows.WARNED));
  }

  /**
   * Of surviving rows identical in every contract column, the first in file order (file name, then
   * line) is loaded and the others are collapsed.
   */
  void collapseIdenticalRows() throws SQLException {
    DuckDb.execute(
        duck,
        """
        UPDATE classified SET _collapsed = TRUE
        FROM (SELECT _source_file, _line,
                     row_number() OVER (PARTITION BY %s ORDER BY _source_file, _line) AS copy
              FROM classified WHERE _reason IS NULL) copies
        WHERE copies.copy > 1
          AND classified._source_file = copies._source_file AND classified._line = copies._line
        """
            .formatted(DuckDb.identifiers(table.columnNames())));
  }
}
