package jianfu.jobs.ingest.duckdb;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A connection to the WorkDatabase whose unqualified tables and views live in a schema of its own,
 * so that two tables ingested side by side can both have a table {@code staged}. Closing it drops
 * the schema with everything in it.
 */
public final class Workspace implements AutoCloseable {

  private static final AtomicLong NEXT = new AtomicLong();

  private final DuckDBConnection connection;
  private final String catalog;
  private final String schema;

  private Workspace(DuckDBConnection connection, String catalog, String schema) {
    this.connection = connection;
    this.catalog = catalog;
    this.schema = schema;
  }

  static Workspace open(DuckDBConnection connection) throws SQLException {
    try {
      String catalog = connection.getCatalog();
      String schema = "workspace_" + NEXT.incrementAndGet();
      DuckDb.execute(connection, "CREATE SCHEMA " + DuckDb.identifier(schema));
      DuckDb.execute(connection, "USE " + qualified(catalog, schema));
      return new Workspace(connection, catalog, schema);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  public DuckDBConnection connection() {
    return connection;
  }

  /** An appender to one of this workspace's tables. */
  public DuckDBAppender appender(String table) throws SQLException {
    return connection.createAppender(schema, table);
  }

  @Override
  public void close() throws SQLException {
    try (connection) {
      DuckDb.execute(connection, "USE " + qualified(catalog, "main"));
      DuckDb.execute(connection, "DROP SCHEMA " + DuckDb.identifier(schema) + " CASCADE");
    }
  }

  private static String qualified(String catalog, String schema) {
    return DuckDb.identifier(catalog) + "." + DuckDb.identifier(schema);
  }
}
