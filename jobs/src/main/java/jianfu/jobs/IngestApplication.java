package jianfu.jobs;

import java.io.IOException;
import java.nio.file.Files;
import jianfu.jobs.infrastructure.JobRepositoryDefaults;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.schemas.Contract;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Ingests the source tables of an input folder into an output folder: {@code --input DIR --output
 * DIR [--tables a,b]} (see IngestArguments). Exit code 0 when every table completed, 1 when one
 * failed, 2 for a wrong command line.
 */
@SpringBootApplication
public class IngestApplication {

  static final int FAILED = 1;
  private static final int USAGE_ERROR = 2;
  private static final String VERBOSE_PROFILE = "verbose";

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs an ingestion and returns its exit code. */
  public static int run(String... args) {
    IngestArguments arguments;
    try {
      arguments = IngestArguments.parse(args);
      arguments.checkTables(Contract.load());
      Files.createDirectories(OutputLayout.work(arguments.output()));
    } catch (IllegalArgumentException | IOException e) {
      System.err.println(e.getMessage());
      System.err.println(IngestArguments.USAGE);
      return USAGE_ERROR;
    }
    SpringApplication application = new SpringApplication(IngestApplication.class);
    application.setDefaultProperties(JobRepositoryDefaults.forOutput(arguments.output()));
    if (arguments.verbose()) {
      application.setAdditionalProfiles(VERBOSE_PROFILE);
    }
    application.addInitializers(
        context -> context.getBeanFactory().registerSingleton("ingestArguments", arguments));
    try {
      return SpringApplication.exit(
          application.run(arguments.springArguments().toArray(String[]::new)));
    } catch (RuntimeException e) {
      System.err.println("ingestion could not start: " + rootCause(e).getMessage());
      if (arguments.verbose()) {
        e.printStackTrace();
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
