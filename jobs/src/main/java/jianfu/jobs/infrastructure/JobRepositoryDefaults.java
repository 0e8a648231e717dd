package jianfu.jobs.infrastructure;

import java.nio.file.Path;
import java.util.Map;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.schemas.EmbeddedDatabasePaths;

/**
 * Where Spring Batch keeps its job repository unless {@code spring.datasource.url} says otherwise
 * (a later profile may point it at PostgreSQL): an H2 file in the output's work folder, so that the
 * restart state lives beside the outputs it describes. Boot's batch-jdbc auto-configuration does
 * the rest; application.properties sets {@code spring.batch.jdbc.initialize-schema=always} because
 * Boot creates the schema only for in-memory databases by default. {@code WRITE_DELAY=0} writes
 * every commit to the file at once (H2 otherwise writes commits up to a second later, and a killed
 * process loses them): after a crash the repository knows every chunk committed before it.
 */
public final class JobRepositoryDefaults {

  private static final String FILE = "jobrepo";
  private static final String SETTINGS = ";WRITE_DELAY=0";

  private JobRepositoryDefaults() {}

  /**
   * Spring properties with the lowest precedence: any other source overrides them.
   *
   * @throws IllegalArgumentException when H2 cannot carry the output folder's path in its URL
   *     (EmbeddedDatabasePaths)
   */
  public static Map<String, Object> forOutput(Path output) {
    EmbeddedDatabasePaths.checkH2(output);
    Path file = OutputLayout.work(output).resolve(FILE).toAbsolutePath();
    return Map.of("spring.datasource.url", "jdbc:h2:file:" + file + SETTINGS);
  }
}
