package jianfu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jianfu.cli.IngestLog.TableRate;
import jianfu.cli.RunMeasurement.MartCompute;
import jianfu.cli.RunMeasurement.TableIngest;
import jianfu.schemas.Contract;
import jianfu.schemas.settings.JvmSettings;

/**
 * One bench run in {@code <folder>/}: DuckDB COPY of the input, {@code ./jianfu run} end to end in
 * a JVM of its own (so its peak memory is its process tree's alone), then the DuckDB oracle marts
 * over the raw Parquet that run wrote.
 */
final class BenchRun {

  /** The step the pipelines JVM names Spark's session start-up by (its StepTimings). */
  private static final String SESSION_START = "session_start";

  /**
   * The step the pipelines JVM names the wall time of its shared models and marts by: it writes
   * marts side by side, so their own seconds overlap and their sum would overstate its time.
   */
  private static final String COMPUTE_WALL = "compute_wall";

  private static final String DUCKDB_COPY = "duckdb-copy";
  private static final String OUTPUT = "output";
  private static final String RUN_LOG = "run.log";
  private static final String ORACLE_TIMINGS = "duckdb-timings.txt";
  private static final String ORACLE_LOG = "duckdb-marts.log";

  /** What a run writes in its folder; anything else there is somebody else's. */
  private static final Set<String> WRITTEN =
      Set.of(DUCKDB_COPY, OUTPUT, RUN_LOG, ORACLE_TIMINGS, ORACLE_LOG);

  private final Path projectHome;
  private final Path configuration;
  private final Path input;
  private final ModuleLauncher launcher;

  BenchRun(Path projectHome, Path configuration, Path input) {
    this.projectHome = projectHome;
    this.configuration = configuration.toAbsolutePath();
    this.input = input.toAbsolutePath();
    this.launcher = new ModuleLauncher(projectHome, JvmSettings.read(this.configuration));
  }

  RunMeasurement measure(Path folder) throws Exception {
    WrittenFolder.delete(
        folder, entry -> WRITTEN.contains(entry.getFileName().toString()), "bench");
    Files.createDirectories(folder);
    Map<String, Double> copySeconds =
        DuckDbCopy.secondsPerTable(Contract.load(), input, folder.resolve(DUCKDB_COPY));

    Path output = folder.resolve(OUTPUT);
    Path runLog = folder.resolve(RUN_LOG);
    MeasuredProcess.Measurement endToEnd =
        MeasuredProcess.run("run", runCommand(output), Map.of(), runLog);

    Path oracleTimings = folder.resolve(ORACLE_TIMINGS);
    MeasuredProcess.run(
        "the DuckDB oracle marts",
        launcher.command(
            "oracle",
            List.of(
                "--raw", output.resolve("raw").toString(),
                "--conf", configuration.toString(),
                "--timings", oracleTimings.toString())),
        Map.of(),
        folder.resolve(ORACLE_LOG));

    Map<String, Double> spark = StepTimingsFile.read(PipelineRun.sparkTimings(output));
    List<String> runLines = Files.readAllLines(runLog);
    Map<String, TableIngest> ingest = ingest(copySeconds, IngestLog.parse(runLines), runLog);
    Map<String, MartCompute> compute = compute(spark, StepTimingsFile.read(oracleTimings));
    return new RunMeasurement(
        ingest,
        IngestLog.wallSeconds(runLines)
            .orElseGet(() -> ingest.values().stream().mapToDouble(TableIngest::oursSeconds).sum()),
        compute,
        spark.getOrDefault(SESSION_START, 0.0),
        spark.getOrDefault(
            COMPUTE_WALL, compute.values().stream().mapToDouble(MartCompute::sparkSeconds).sum()),
        endToEnd.seconds(),
        endToEnd.peakRssMb(),
        endToEnd.peakRssMbByProgram());
  }

  /** {@code ./jianfu run} as the script starts it: the cli JVM, which starts jobs and pipelines. */
  private List<String> runCommand(Path output) {
    List<String> command =
        new ArrayList<>(
            launcher.command(
                "cli",
                List.of(
                    "run",
                    "--input",
                    input.toString(),
                    "--output",
                    output.toString(),
                    "--conf",
                    configuration.toString())));
    command.add(1, "-Djianfu.home=" + projectHome);
    return command;
  }

  private static Map<String, TableIngest> ingest(
      Map<String, Double> copySeconds, Map<String, TableRate> rates, Path runLog) {
    Map<String, TableIngest> ingest = new LinkedHashMap<>();
    copySeconds.forEach(
        (table, duckDbSeconds) -> {
          TableRate rate = rates.get(table);
          if (rate == null) {
            throw new StepFailedException("no ingestion line for " + table + " in " + runLog);
          }
          ingest.put(table, new TableIngest(rate.rowsRead(), rate.seconds(), duckDbSeconds));
        });
    return ingest;
  }

  private static Map<String, MartCompute> compute(
      Map<String, Double> spark, Map<String, Double> oracle) {
    Map<String, MartCompute> compute = new LinkedHashMap<>();
    oracle.forEach(
        (mart, duckDbSeconds) -> {
          Double sparkSeconds = spark.get(mart);
          if (sparkSeconds == null) {
            throw new StepFailedException("Spark reported no time for mart " + mart);
          }
          compute.put(mart, new MartCompute(sparkSeconds, duckDbSeconds));
        });
    return compute;
  }
}
