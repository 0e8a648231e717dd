package jianfu.jobs.infrastructure;

import java.nio.file.Path;
import java.util.Map;
import jianfu.jobs.ingest.OutputLayout;

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

  /** Where H2's URL ends the database's file name: the rest are settings, INIT among them. */
  private static final char SETTINGS_START = ';';

  private JobRepositoryDefaults() {}

  /**
   * Spring properties with the lowest precedence: any other source overrides them.
   *
   * @throws IllegalArgumentException when the output folder's path holds a ';': H2 takes its file
   *     name from the URL only, up to the first ';', with no way to escape one, so the rest of the
   *     path would be read as settings (INIT=... runs SQL)
   */
  public static Map<String, Object> forOutput(Path output) {
    Path file = OutputLayout.work(output).resolve(FILE).toAbsolutePath();
    if (file.toString().indexOf(SETTINGS_START) >= 0) {
      throw new IllegalArgumentException(
          ("'%s' in %s cannot be used: the job repository is an H2 file under it, and H2 reads its"
                  + " path only up to the first '%1$s' (the rest would be taken as settings);"
                  + " choose an output folder without it")
              .formatted(SETTINGS_START, output));
    }
    return Map.of("spring.datasource.url", "jdbc:h2:file:" + file + SETTINGS);
  }
}
