package jianfu.jobs.dryrun;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jianfu.jobs.ingest.IngestCounts;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.schemas.DuckDbSql;

/**
 * The outputs a validation's ingestion left in its scratch folder, read back through DuckDB by
 * column name: a table's quarantine (its problems), its warnings and its audit (its counts).
 */
public final class ScratchRun implements AutoCloseable {

  private final OutputLayout layout;
  private final Connection duck;

  public ScratchRun(OutputLayout layout) throws SQLException {
    this.layout = layout;
    this.duck = DuckDb.inMemory();
  }

  /** Every quarantined row of a published table, in file order. */
  public List<Problem> problems(String table) throws SQLException, IOException {
    return flagged(layout.quarantine(table));
  }

  /** Every warning of a published table's loaded rows, in file order. */
  public List<Problem> warnings(String table) throws SQLException, IOException {
    return flagged(layout.warnings(table));
  }

  /** The rows of a folder in the quarantine's columns, in the order they were written. */
  private List<Problem> flagged(Path folder) throws SQLException, IOException {
    List<Problem> problems = new ArrayList<>();
    try (Statement statement = duck.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT source_file, line, column_name, reason, message FROM %s"
                    .formatted(parquet(DuckDbSql.parquetFilesIn(folder))))) {
      while (rows.next()) {
        problems.add(
            new Problem(
                rows.getString("source_file"),
                rows.getLong("line"),
                rows.getString("column_name"),
                rows.getString("reason"),
                rows.getString("message")));
      }
    }
    return problems;
  }

  /** The totals of a published table's audit, over all its files. */
  public IngestCounts counts(String table) throws SQLException {
    try (Statement statement = duck.createStatement();
        ResultSet sums =
            statement.executeQuery(
                """
                SELECT coalesce(sum(rows_read), 0) AS rows_read,
                       coalesce(sum(rows_loaded), 0) AS rows_loaded,
                       coalesce(sum(rows_collapsed), 0) AS rows_collapsed,
                       coalesce(sum(rows_quarantined), 0) AS rows_quarantined,
                       coalesce(sum(rows_warned), 0) AS rows_warned
                FROM %s
                """
                    .formatted(parquet(List.of(layout.audit(table)))))) {
      sums.next();
      return new IngestCounts(
          sums.getLong("rows_read"),
          sums.getLong("rows_loaded"),
          sums.getLong("rows_collapsed"),
          sums.getLong("rows_quarantined"),
          sums.getLong("rows_warned"));
    }
  }

  private static String parquet(List<Path> files) {
    return "read_parquet(" + DuckDbSql.fileList(files) + ")";
  }

  @Override
  public void close() throws SQLException {
    duck.close();
  }
}
