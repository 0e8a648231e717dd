package jianfu.dashboards.serving;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import jianfu.schemas.DuckDbSql;

/**
 * Opens a served DuckDB file for reading, as every reader in jianfu does. The file is attached
 * read-only (a dashboard may hold it open too) by a literal to an in-memory connection, never named
 * in the JDBC URL, where a ';' in its path would start DuckDB settings; statements then read it.
 */
public final class ServedFile {

  private static final String ALIAS = "served";

  private ServedFile() {}

  public static Connection openReadOnly(Path file) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      statement.execute(DuckDbSql.attach(file, ALIAS, "READ_ONLY"));
      statement.execute("USE " + ALIAS);
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }
}
