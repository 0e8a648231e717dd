package jianfu.jobs.ingest.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;

/** Opening DuckDB and writing SQL text safely. */
public final class DuckDb {

  private static final String URL = "jdbc:duckdb:";
  private static final String MEMORY_LIMIT = "memory_limit";

  private DuckDb() {}

  /**
   * Opens a database file whose memory DuckDB keeps under {@code memoryLimit} (its memory_limit
   * setting, "512MB", "2GB"): past it, DuckDB evicts cached blocks and spills what large sorts and
   * joins hold to a folder beside the file. Without a limit DuckDB takes up to 80% of the machine's
   * memory, the more the larger the table.
   */
  public static DuckDBConnection open(Path file, String memoryLimit) throws SQLException {
    Properties settings = new Properties();
    settings.setProperty(MEMORY_LIMIT, memoryLimit);
    return DriverManager.getConnection(URL + file, settings).unwrap(DuckDBConnection.class);
  }

  public static DuckDBConnection inMemory() throws SQLException {
    return DriverManager.getConnection(URL).unwrap(DuckDBConnection.class);
  }

  /** A string literal: 'text' with quotes doubled. */
  public static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** A quoted identifier, so that column names are never read as keywords. */
  public static String identifier(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  public static String identifiers(List<String> names) {
    return names.stream().map(DuckDb::identifier).collect(Collectors.joining(", "));
  }

  public static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
