package jianfu.pipelines;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jianfu.pipelines.config.SessionSettings;
import jianfu.pipelines.config.SettingsOptions;
import jianfu.pipelines.validation.ValidationRules;
import jianfu.schemas.Contract;
import jianfu.schemas.settings.IndicatorSettings;
import jianfu.schemas.settings.ReportingSettings;
import jianfu.schemas.settings.SparkSettings;
import jianfu.schemas.settings.ValidationSettings;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * Computes the indicator marts from the raw Parquet tables: {@code ./jianfu} runs this JVM, and
 * spark-submit runs it as the main class of the application jar ({@code -spark-app.jar}).
 */
@Command(
    name = "jianfu-pipelines",
    mixinStandardHelpOptions = true,
    description = "Computes the indicator marts (docs/indicators.md) from the raw Parquet tables.")
public final class PipelineApplication implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(PipelineApplication.class);

  @Option(
      names = "--raw",
      required = true,
      description =
          "The <output>/raw folder ingestion wrote: a local path, or a Hadoop URI"
              + " (hdfs://, s3a://, file://) that a cluster's executors can read.")
  private String raw;

  @Option(
      names = "--marts",
      required = true,
      description = "Where to write <mart>/ folders: a local path or a Hadoop URI.")
  private String marts;

  @Mixin private SettingsOptions settings;

  @Option(
      names = "--master",
      description =
          "Spark master (local[N], spark://host:7077, yarn, k8s://...); default: spark-submit's"
              + " --master, else spark.master of --conf.")
  private String master;

  @Option(
      names = "--timings",
      description = "Also write the seconds of the session start-up and of each mart to this file.")
  private Path timings;

  @Option(names = "--verbose", description = "Print the stack trace of a failure.")
  private boolean verbose;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    PipelineApplication application = new PipelineApplication();
    return new CommandLine(application)
        .setExecutionExceptionHandler(application::reportFailure)
        .execute(args);
  }

  @Override
  public Integer call() {
    IndicatorSettings indicators = settings.indicators();
    ReportingSettings reporting = settings.reporting();
    ValidationSettings validation = settings.validation();
    // A rule that jianfu refuses stops the run here, before Spark starts.
    ValidationRules.of(validation, Contract.load());
    long started = System.nanoTime();
    SparkSession spark =
        startSpark(
            SessionSettings.resolve(master, new SparkConf(), SparkSettings.read(settings.conf())));
    double sessionStart = (System.nanoTime() - started) / 1e9;
    Map<String, Double> seconds = new LinkedHashMap<>();
    seconds.put(StepTimings.SESSION_START, sessionStart);
    try {
      seconds.putAll(
          new IndicatorPipeline(
                  spark,
                  indicators,
                  settings.publication(),
                  reporting,
                  validation,
                  settings.socialOrganisations())
              .writeMarts(raw, marts));
    } finally {
      spark.stop();
    }
    LOG.info(
        "marts written to {} in {} s (Spark session start-up {} s)",
        marts,
        String.format("%.1f", (System.nanoTime() - started) / 1e9),
        String.format("%.1f", sessionStart));
    if (timings != null) {
      StepTimings.write(timings, seconds);
    }
    return 0;
  }

  private static SparkSession startSpark(SessionSettings session) {
    SparkSession.Builder builder = SparkSession.builder().master(session.master());
    session.settings().forEach(builder::config);
    return builder.getOrCreate();
  }

  private int reportFailure(Exception failure, CommandLine command, ParseResult parsed) {
    command.getErr().println("jianfu pipelines failed: " + oneLine(failure));
    if (verbose) {
      failure.printStackTrace(command.getErr());
    }
    return 1;
  }

  /** The first line of the message (Spark's analysis errors span many), else the error's type. */
  private static String oneLine(Exception failure) {
    String message = failure.getMessage();
    if (message == null || message.isBlank()) {
      return failure.getClass().getName();
    }
    return message.strip().lines().findFirst().orElseThrow();
  }
}
