package jianfu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jianfu.dashboards.report.HtmlReport;
import jianfu.dashboards.serving.ServingDatabase;
import jianfu.schemas.Contract;

/**
 * One run: ingest (jobs JVM), compute (Spark JVM), serve (DuckDB), publish the public files and
 * write the built-in report from the served file (in this JVM).
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

  RunReport execute(Path input, Path output) throws Exception {
    if (!Files.isDirectory(input)) {
      throw new StepFailedException("input folder " + input + " does not exist");
    }
    if (!Files.isRegularFile(configuration)) {
      throw new StepFailedException("configuration file " + configuration + " does not exist");
    }
    Path absoluteOutput = output.toAbsolutePath();
    Files.createDirectories(absoluteOutput);
    ModuleLauncher launcher = new ModuleLauncher(projectHome);

    long ingestStarted = System.nanoTime();
    launcher.run(
        "jobs",
        List.of(
            "--input",
            input.toAbsolutePath().toString(),
            "--output",
            absoluteOutput.toString(),
            "--conf",
            configuration.toAbsolutePath().toString()),
        Map.of());
    Files.createDirectories(sparkTimings(absoluteOutput).getParent());
    long computeStarted = System.nanoTime();
    launcher.run(
        "pipelines",
        SparkJit.jvmOptions(absoluteOutput.resolve("raw")),
        pipelineArguments(absoluteOutput),
        sparkEnvironment());
    long serveStarted = System.nanoTime();
    Contract contract = Contract.load();
    Path served = new ServingDatabase(contract).build(absoluteOutput);
    PublishCommand.publish(absoluteOutput, served, configuration);
    Path report = new HtmlReport(contract).write(absoluteOutput);
    long finished = System.nanoTime();

    return RunReport.read(
        absoluteOutput,
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
