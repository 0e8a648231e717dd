package jianfu.jobs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import jianfu.jobs.infrastructure.JobRepositoryDefaults;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.schemas.EmbeddedDatabasePaths;
import jianfu.schemas.TerminalText;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Ingests the source tables of an input folder into an output folder: {@code --input DIR --output
 * DIR [--tables a,b]} (see IngestCommand). Exit code 0 when every table completed, 1 when one
 * failed, 2 for a wrong command line. With {@code --validate} (no output folder) it is a dry run
 * that reports every problem (ValidateRunner): exit code 0 when nothing would be quarantined or
 * refused, 1 otherwise.
 */
@SpringBootApplication
public class IngestApplication {

  static final int FAILED = 1;
  private static final int USAGE_ERROR = 2;
  private static final String VERBOSE_PROFILE = "verbose";

  /**
   * The validation report says which tables were seen empty; ReferenceData's warning about them
   * would only name the scratch folder. Progress and publishing log lines of the scratch run are
   * left out of the steward's report (a terminal still shows progress in place).
   */
  private static final Map<String, Object> VALIDATION_PROPERTIES =
      Map.of(
          "logging.level.jianfu.jobs.ingest.validate.ReferenceData", "ERROR",
          "logging.level.jianfu.jobs.ingest", "WARN");

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs an ingestion, or a validation, and returns its exit code. */
  public static int run(String... args) {
    return IngestCommand.run(args);
  }

  /** Runs what a valid command line asks for (IngestCommand) and returns its exit code. */
  static int ingest(IngestArguments arguments) {
    if (arguments.validate()) {
      return validate(arguments);
    }
    try {
      // refused before anything is written
      EmbeddedDatabasePaths.check(arguments.output());
      Files.createDirectories(OutputLayout.work(arguments.output()));
    } catch (IllegalArgumentException | IOException e) {
      System.err.println(TerminalText.escape(e.getMessage()));
      return USAGE_ERROR;
    }
    return start(arguments, Map.of());
  }

  /** Ingests into a scratch folder, deleted afterwards: the dry run writes nothing. */
  private static int validate(IngestArguments arguments) {
    try (ScratchOutput scratch = ScratchOutput.create()) {
      return start(arguments.withOutput(scratch.folder()), VALIDATION_PROPERTIES);
    } catch (IOException e) {
      System.err.println(
          "validation needs a scratch folder: " + TerminalText.escape(e.getMessage()));
      return FAILED;
    }
  }

  private static int start(IngestArguments arguments, Map<String, Object> properties) {
    DuckDb.loadInBackground();
    SpringApplication application = new SpringApplication(IngestApplication.class);
    Map<String, Object> defaults =
        new HashMap<>(JobRepositoryDefaults.forOutput(arguments.output()));
    defaults.putAll(properties);
    application.setDefaultProperties(defaults);
    if (arguments.verbose()) {
      application.setAdditionalProfiles(VERBOSE_PROFILE);
    }
    application.addInitializers(
        context -> context.getBeanFactory().registerSingleton("ingestArguments", arguments));
    try {
      return SpringApplication.exit(
          application.run(arguments.springArguments().toArray(String[]::new)));
    } catch (RuntimeException e) {
      System.err.println(
          "ingestion could not start: " + TerminalText.escape(rootCause(e).getMessage()));
      if (arguments.verbose()) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        System.err.print(TerminalText.escapeWithinLines(trace.toString()));
      }
      return FAILED;
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }
}
