package jianfu.jobs.ingest.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import jianfu.schemas.DuckDbSql;
import org.duckdb.DuckDBConnection;

/** Opening DuckDB and writing SQL text safely. */
public final class DuckDb {

  private static final String URL = "jdbc:duckdb:";
  private static final String MEMORY_LIMIT = "memory_limit";

  private DuckDb() {}

  /**
   * An in-memory database whose memory DuckDB keeps under {@code memoryLimit} (its memory_limit
   * setting, "512MB", "2GB"): past it, DuckDB evicts what it can and spills what large sorts, joins
   * and tables hold to {@code spillFolder}. Without a limit DuckDB takes up to 80% of the machine's
   * memory, the more the larger the table. The folder is set by a literal, never named in the JDBC
   * URL, where a ';' in its path would start settings (DuckDbSql).
   */
  public static DuckDBConnection inMemory(String memoryLimit, Path spillFolder)
      throws SQLException {
    Properties settings = new Properties();
    settings.setProperty(MEMORY_LIMIT, memoryLimit);
    DuckDBConnection duck =
        DriverManager.getConnection(URL, settings).unwrap(DuckDBConnection.class);
    try {
      execute(duck, "SET temp_directory = " + literal(spillFolder.toString()));
      return duck;
    } catch (SQLException | RuntimeException e) {
      duck.close();
      throw e;
    }
  }

  public static DuckDBConnection inMemory() throws SQLException {
    return DriverManager.getConnection(URL).unwrap(DuckDBConnection.class);
  }

  /**
   * Loads DuckDB on a thread of its own. On first use DuckDB unpacks its native library (about 70
   * MB) from its jar and loads it, half a second that the first table would otherwise wait for;
   * started before Spring, it runs beside Spring's start-up on the other core. A failure is left to
   * the first real use to report.
   */
  public static void loadInBackground() {
    Thread loader =
        new Thread(
            () -> {
              try (Connection ignored = inMemory()) {
                // loaded
              } catch (SQLException | RuntimeException | LinkageError e) {
                // the first table that opens DuckDB says what is wrong
              }
            },
            "duckdb-loader");
    loader.setDaemon(true);
    loader.start();
  }

  /** A string literal: 'text' with quotes doubled. */
  public static String literal(String text) {
    return DuckDbSql.literal(text);
  }

  /** A quoted identifier, so that column names are never read as keywords. */
  public static String identifier(String name) {
    return DuckDbSql.identifier(name);
  }

  public static String identifiers(List<String> names) {
    return DuckDbSql.identifiers(names);
  }

  public static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
