package jianfu.jobs.ingest.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;

/** Opening DuckDB and writing SQL text safely. */
public final class DuckDb {

  private static final String URL = "jdbc:duckdb:";

  private DuckDb() {}

  public static DuckDBConnection open(Path file) throws SQLException {
    return DriverManager.getConnection(URL + file).unwrap(DuckDBConnection.class);
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
