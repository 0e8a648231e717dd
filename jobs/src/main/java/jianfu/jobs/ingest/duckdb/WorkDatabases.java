package jianfu.jobs.ingest.duckdb;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import jianfu.jobs.ingest.OutputLayout;

/**
 * The WorkDatabase of each output folder, opened when a table of it is first ingested and closed
 * with the application (a command ingests into one folder; a test may use several). Each keeps
 * under the memory limit given, whatever the number of tables in it at once, and spills to {@code
 * work/duckdb.tmp/}.
 */
public class WorkDatabases implements AutoCloseable {

  private static final String SPILL_FOLDER = "duckdb.tmp";

  private final String memoryLimit;
  private final Map<Path, WorkDatabase> byOutput = new HashMap<>();

  /** {@code memoryLimit}: DuckDB's memory_limit ("512MB", "4GB"; DuckDb.inMemory). */
  public WorkDatabases(String memoryLimit) {
    this.memoryLimit = memoryLimit;
  }

  /** The work database of {@code output}. */
  public synchronized WorkDatabase of(Path output) throws SQLException, IOException {
    WorkDatabase database = byOutput.get(output);
    if (database == null) {
      database = WorkDatabase.open(memoryLimit, OutputLayout.work(output).resolve(SPILL_FOLDER));
      byOutput.put(output, database);
    }
    return database;
  }

  @Override
  public synchronized void close() throws SQLException, IOException {
    for (WorkDatabase database : byOutput.values()) {
      database.close();
    }
    byOutput.clear();
  }
}
