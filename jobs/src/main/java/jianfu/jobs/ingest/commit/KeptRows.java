package jianfu.jobs.ingest.commit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.SourceTable;

/**
 * An incremental pull replaces rows by key: the table it publishes is its loaded rows plus the
 * previously published rows whose key none of them has. The view {@code kept} holds the latter
 * (nothing after a full pull), with {@code _line} their position in the previous file and a null
 * {@code _source_file}. It is a view of the classification, so it follows every verdict: a pulled
 * row that is quarantined leaves its earlier version in place.
 */
final class KeptRows {

  static final String VIEW = "kept";

  private KeptRows() {}

  /**
   * Defines {@code kept} once {@code classified} exists.
   *
   * @param previous the published raw file an incremental pull adds to; null for a full pull
   */
  static void define(Connection duck, SourceTable table, Path previous) throws SQLException {
    String columns = DuckDb.identifiers(table.columnNames());
    DuckDb.execute(
        duck,
        previous == null
            ? "CREATE OR REPLACE TABLE previous AS SELECT %s, _line FROM classified WHERE FALSE"
                .formatted(columns)
            : """
              CREATE OR REPLACE TABLE previous AS
              SELECT %s, file_row_number AS _line
              FROM read_parquet(%s, file_row_number = true)
              """
                .formatted(columns, DuckDbSql.fileList(List.of(previous))));
    // a table without a key is never pulled incrementally (JdbcSource), so it has no previous rows
    String sameKey =
        table.key().isEmpty()
            ? "FALSE"
            : table.key().stream()
                .map(column -> "c.%1$s = p.%1$s".formatted(DuckDb.identifier(column)))
                .collect(Collectors.joining(" AND "));
    DuckDb.execute(
        duck,
        """
        CREATE OR REPLACE VIEW %s AS
        SELECT p.*, CAST(NULL AS VARCHAR) AS _source_file FROM previous p
        WHERE NOT EXISTS (SELECT 1 FROM classified c WHERE c._reason IS NULL AND %s)
        """
            .formatted(VIEW, sameKey));
  }
}
