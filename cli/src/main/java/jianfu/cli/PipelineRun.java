package jianfu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jianfu.dashboards.serving.ServingDatabase;
import jianfu.schemas.Contract;

/**
 * One run: ingest (jobs JVM), compute (Spark JVM), serve (DuckDB) and publish the public files (in
 * this JVM).
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
    long computeStarted = System.nanoTime();
    launcher.run("pipelines", pipelineArguments(absoluteOutput), sparkEnvironment());
    long serveStarted = System.nanoTime();
    Path served = new ServingDatabase(Contract.load()).build(absoluteOutput);
    PublishCommand.publish(absoluteOutput, served, configuration);
    long finished = System.nanoTime();

    return RunReport.read(
        absoluteOutput,
        served,
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
                "--conf", configuration.toString()));
    if (baselineYear != null) {
      arguments.addAll(List.of("--baseline-year", baselineYear.toString()));
    }
    if (master != null) {
      arguments.addAll(List.of("--master", master));
    }
    return arguments;
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
