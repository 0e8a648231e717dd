package jianfu.jobs.ingest.duckdb;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import jianfu.schemas.FileTrees;
import org.duckdb.DuckDBConnection;

/**
 * The one in-memory DuckDB an ingestion works in: every step of every table has a connection of its
 * own ({@link #connect}, {@link #workspace}). Opening a DuckDB database (its catalog, its threads)
 * and closing it cost tens of milliseconds each, which a database per step paid up to four times
 * per table. Past its memory limit DuckDB spills to the spill folder, which belongs to this
 * database alone: what a killed run left there is deleted when the next one opens it.
 */
public final class WorkDatabase implements AutoCloseable {

  private final DuckDBConnection database;
  private final Path spillFolder;

  private WorkDatabase(DuckDBConnection database, Path spillFolder) {
    this.database = database;
    this.spillFolder = spillFolder;
  }

  /** Opens a database that keeps under {@code memoryLimit} (DuckDb.inMemory). */
  public static WorkDatabase open(String memoryLimit, Path spillFolder)
      throws SQLException, IOException {
    FileTrees.delete(spillFolder);
    return new WorkDatabase(DuckDb.inMemory(memoryLimit, spillFolder), spillFolder);
  }

  /** A connection for reading; what it creates is seen by every other connection. */
  public synchronized DuckDBConnection connect() throws SQLException {
    return database.duplicate();
  }

  /** A connection whose tables are its own, dropped when it closes. */
  public Workspace workspace() throws SQLException {
    return Workspace.open(connect());
  }

  @Override
  public synchronized void close() throws SQLException, IOException {
    database.close();
    FileTrees.delete(spillFolder);
  }
}
