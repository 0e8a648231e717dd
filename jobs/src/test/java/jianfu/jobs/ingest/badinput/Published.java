package jianfu.jobs.ingest.badinput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the job published for a table, read back from its Parquet through one DuckDB connection. */
final class Published implements AutoCloseable {

  /** A row in the quarantine's columns: of the quarantine, or a warning. */
  record FlaggedRow(
      String file, long line, String reason, String column, String message, String rawRecord) {}

  /** A row of the ingest audit: one input file. */
  record AuditRow(
      String file,
      String encoding,
      long read,
      long loaded,
      long collapsed,
      long quarantined,
      long warned) {

    long accountedFor() {
      return loaded + collapsed + quarantined;
    }
  }

  private final Connection duck;

  Published() throws SQLException {
    duck = DriverManager.getConnection("jdbc:duckdb:");
  }

  /** The quarantine or the warnings of a table: the same columns. */
  List<FlaggedRow> flagged(Path folder) throws SQLException {
    return query(
        "SELECT source_file, line, reason, column_name, message, raw_record FROM "
            + parquet(folder)
            + " ORDER BY source_file, line",
        row ->
            new FlaggedRow(
                row.getString(1),
                row.getLong(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6)));
  }

  List<AuditRow> audit(Path file) throws SQLException {
    return query(
        "SELECT source_file, encoding, rows_read, rows_loaded, rows_collapsed, rows_quarantined,"
            + " rows_warned FROM "
            + parquet(file)
            + " ORDER BY source_file",
        row ->
            new AuditRow(
                row.getString(1),
                row.getString(2),
                row.getLong(3),
                row.getLong(4),
                row.getLong(5),
                row.getLong(6),
                row.getLong(7)));
  }

  long rowCount(Path folder) throws SQLException {
    return query("SELECT count(*) FROM " + parquet(folder), row -> row.getLong(1)).get(0);
  }

  private interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private <T> List<T> query(String sql, RowReader<T> reader) throws SQLException {
    List<T> rows = new ArrayList<>();
    try (Statement statement = duck.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(reader.read(result));
      }
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    duck.close();
  }

  private static String parquet(Path fileOrFolder) {
    Path files = Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve("*.parquet") : fileOrFolder;
    return "read_parquet('" + files + "')";
  }
}
