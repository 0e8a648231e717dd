package jianfu.jobs.ingest;

import java.nio.file.Path;
import java.sql.SQLException;
import jianfu.jobs.testing.PostgresServer;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Tests of tables pulled from the JVM's PostgreSQL server, each test class from a database of its
 * own; the job runs through the launcher, as the command runs it.
 */
abstract class PulledFromPostgres {

  static final PostgresServer POSTGRES = PostgresServer.shared();

  @Autowired IngestLauncher launcher;
  @TempDir Path input;
  @TempDir Path output;

  /** Creates {@code database} and points the JDBC sources of {@code tables} at it. */
  static void pullFrom(DynamicPropertyRegistry registry, String database, String... tables)
      throws SQLException {
    String url = POSTGRES.createDatabase(database);
    for (String table : tables) {
      registry.add("ingest.sources." + table + ".jdbc.url", () -> url);
      registry.add("ingest.sources." + table + ".jdbc.username", POSTGRES::username);
    }
  }

  JobExecution ingest(String table) throws Exception {
    return launcher.launch(new IngestTarget(table, input, output));
  }

  OutputLayout layout() {
    return new OutputLayout(output, Contract.load());
  }
}
