package jianfu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jianfu.dashboards.report.HtmlReport;
import jianfu.dashboards.serving.ServingDatabase;
import jianfu.schemas.Contract;
import jianfu.schemas.settings.JvmSettings;

/**
 * One run: ingest (jobs JVM), compute (Spark JVM), serve (DuckDB), publish the public files and
 * write the built-in report from the served file (in this JVM), all into a new generation of the
 * output folder (Generations), made current whole at the end.
 */
final class PipelineRun {

  private final Path projectHome;
  private final Path configuration;
  private final Integer baselineYear;
  private final String master;

  PipelineRun(Path projectHome, Path configuration, Integer baselineYear, String master) {
    this.projectHome = projectHome;
    this.configuration = configuration;
    this.baselineYear = baselineYear;
    this.master = master;
  }

  /**
   * Builds a new generation of {@code output} from {@code input} and publishes it. A failure at any
   * step, like a kill, leaves the previous publication as it was, and the message says so.
   */
  RunReport execute(Path input, Path output) throws Exception {
    if (!Files.isDirectory(input)) {
      throw new StepFailedException("input folder " + input + " does not exist");
    }
    if (!Files.isRegularFile(configuration)) {
      throw new StepFailedException("configuration file " + configuration + " does not exist");
    }
    OutputFolder folder = OutputFolder.claim(output);
    try (OutputFolder.Lock lock = folder.lock()) {
      Generations generations = Generations.of(folder);
      Generation next = generations.resumeNext();
      try {
        RunReport report = build(input.toAbsolutePath(), next.folder());
        generations.makeCurrent(next);
        return report.publishedIn(folder.path());
      } catch (Exception e) {
        throw generations.failed(e);
      }
    }
  }

  /**
   * Ingests, computes, serves, publishes the public files and writes the report into {@code
   * generation}; the report of the run, read from the served file, is the check that it is whole.
   */
  private RunReport build(Path input, Path generation) throws Exception {
    ModuleLauncher launcher = new ModuleLauncher(projectHome, JvmSettings.read(configuration));
    long ingestStarted = System.nanoTime();
    launcher.run(
        "jobs",
        ShortRunJit.INGESTION.jvmOptions(input),
        List.of(
            "--input",
            input.toString(),
            "--output",
            generation.toString(),
            "--conf",
            configuration.toAbsolutePath().toString()),
        Map.of());
    Files.createDirectories(sparkTimings(generation).getParent());
    long computeStarted = System.nanoTime();
    launcher.run(
        "pipelines",
        ShortRunJit.SPARK.jvmOptions(generation.resolve("raw")),
        pipelineArguments(generation),
        sparkEnvironment());
    long serveStarted = System.nanoTime();
    Contract contract = Contract.load();
    Path served = new ServingDatabase(contract).build(generation);
    PublishCommand.publish(generation, served, configuration);
    Path report = new HtmlReport(contract).write(generation);
    long finished = System.nanoTime();

    return RunReport.read(
        generation,
        served,
        report,
        new RunReport.Timings(
            seconds(ingestStarted, computeStarted),
            seconds(computeStarted, serveStarted),
            seconds(serveStarted, finished)));
  }

  private List<String> pipelineArguments(Path output) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--raw", output.resolve("raw").toString(),
                "--marts", output.resolve("marts").toString(),
                "--conf", configuration.toString(),
                "--timings", sparkTimings(output).toString()));
    if (baselineYear != null) {
      arguments.addAll(List.of("--baseline-year", baselineYear.toString()));
    }
    if (master != null) {
      arguments.addAll(List.of("--master", master));
    }
    return arguments;
  }

  /** Where the pipelines JVM leaves its session start-up and per-mart seconds. */
  static Path sparkTimings(Path output) {
    return output.resolve("work").resolve("spark-timings.txt");
  }

  /**
   * A local run stays on loopback, and Spark then need not look up (and warn about) this machine's
   * address; a cluster's executors must reach the driver, so {@code --master spark://...}, yarn or
   * k8s leave Spark to find the address.
   */
  private Map<String, String> sparkEnvironment() {
    boolean local = master == null || master.startsWith("local");
    return local ? Map.of("SPARK_LOCAL_IP", "127.0.0.1") : Map.of();
  }

  private static double seconds(long from, long to) {
    return (to - from) / 1e9;
  }
}
