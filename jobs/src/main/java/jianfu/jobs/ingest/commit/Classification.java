package jianfu.jobs.ingest.commit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.stage.StagedRows;
import jianfu.jobs.ingest.validate.Reason;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SourceTable;
import jianfu.schemas.SqlTypes;

/**
 * Decides in the committing DuckDB what happens to each staged row once the whole table is read
 * (decisions.md Ingestion 8). The table {@code classified} holds every staged row, but for its raw
 * record, with a verdict in the quarantine's columns ({@code _reason}, {@code _column_name}, {@code
 * _message}; null while the row survives) and {@code _collapsed} (which a verdict overrides).
 */
final class Classification {

  private static final String REASON = "reason";
  private static final String COLUMN_NAME = "column_name";
  private static final String MESSAGE = "message";
  private static final String RAW_RECORD =
      DuckDb.identifier(StagedRows.bookkeeping(StagedRows.RAW_RECORD));

  /**
   * A row of {@code classified} that loads: no verdict, and not a collapsed copy of another. Its
   * columns are classified's own, so the condition holds in a join as well.
   */
  static final String LOADS = "_reason IS NULL AND NOT _collapsed";

  private final Connection duck;
  private final SourceTable table;
  private final OutputTable quarantine;

  Classification(Connection duck, SourceTable table, OutputTable quarantine) {
    this.duck = duck;
    this.table = table;
    this.quarantine = quarantine;
  }

  /**
   * Gives every staged row its verdict on its key. Different rows sharing a key are all
   * DUPLICATE_KEY, identical copies included: none is guessed (jobs/README.md, Bad-input corpus).
   * Of rows identical in every contract column (so sharing their key, and alone under it) the first
   * in file order (file name, then line) loads and the others are collapsed; references to the
   * table itself, checked later, reject all of them or none, since they check values alone. Each
   * row was staged once (a replayed chunk replaced its own segments), so no copy of a line needs
   * dropping.
   *
   * <p>The staged segments are read once, into {@code classified} with no verdict, since each
   * further read parses them again; most keys are unique, so only the rows whose key repeats are
   * grouped again over every column and updated. The raw records stay in the segments: only rows
   * quarantined here need theirs (ParquetExport.writeQuarantined), and they are few.
   */
  void classifyByKey() throws SQLException {
    DuckDb.execute(
        duck,
        """
        CREATE OR REPLACE TABLE classified AS
        SELECT * EXCLUDE (%s), %s, %s, %s, FALSE AS _collapsed FROM %s
        """
            .formatted(
                RAW_RECORD, unset(REASON), unset(COLUMN_NAME), unset(MESSAGE), StagedRows.STAGED));
    DuckDb.execute(
        duck,
        """
        CREATE OR REPLACE TABLE versions AS
        WITH repeated AS (SELECT %1$s FROM classified GROUP BY ALL HAVING count(*) > 1)
        SELECT %2$s, count(DISTINCT (%3$s)) AS _versions, min((_source_file, _line)) AS _first
        FROM classified s SEMI JOIN repeated k ON %4$s
        GROUP BY ALL
        """
            .formatted(
                DuckDb.identifiers(table.key()),
                prefixed("s", table.key()),
                DuckDb.identifiers(table.columnNames()),
                sameKey()));
    DuckDb.execute(
        duck,
        """
        UPDATE classified s
        SET _reason = CASE WHEN k._versions > 1 THEN %s END,
            _column_name = CASE WHEN k._versions > 1 THEN %s END,
            _message = CASE WHEN k._versions > 1
                         THEN k._versions || ' different rows have this key; none is loaded' END,
            _collapsed = k._versions = 1 AND (s._source_file, s._line) <> k._first
        FROM versions k
        WHERE %s
        """
            .formatted(
                DuckDb.literal(Reason.DUPLICATE_KEY.name()),
                DuckDb.literal(String.join(", ", table.key())),
                sameKey()));
  }

  /** Row s has the key of row k (a key column may be null in neither, but say so anyway). */
  private String sameKey() {
    return table.key().stream()
        .map(column -> "s.%1$s IS NOT DISTINCT FROM k.%1$s".formatted(DuckDb.identifier(column)))
        .collect(Collectors.joining(" AND "));
  }

  private static String prefixed(String alias, List<String> columns) {
    return columns.stream()
        .map(column -> alias + "." + DuckDb.identifier(column))
        .collect(Collectors.joining(", "));
  }

  /** The quarantine column {@code column} as a bookkeeping column, null. */
  private String unset(String column) {
    String type =
        quarantine.columns().stream()
            .filter(declared -> declared.name().equals(column))
            .map(declared -> SqlTypes.of(declared.type()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("the quarantine has no column " + column));
    return "CAST(NULL AS %s) AS %s"
        .formatted(type, DuckDb.identifier(StagedRows.bookkeeping(column)));
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
        WHERE %s
        """
            .formatted(
                table.columnNames().stream().map(DuckDb::literal).collect(Collectors.joining(", ")),
                StagedRows.WARNED,
                LOADS));
  }
}
