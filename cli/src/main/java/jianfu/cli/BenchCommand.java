package jianfu.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import jianfu.demo.Scale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jianfu bench}: ingestion and the marts against DuckDB, and {@code run} end to end. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure, on this machine and the same generated data: ingestion (rows/s per table) against",
      "DuckDB's COPY of the same CSV files to Parquet; the marts with Spark against the DuckDB",
      "oracle SQL over the same raw Parquet; run end to end (wall time, peak RSS).",
      "Prints medians over the runs and ends with one 'bench: ...' line (ratios: ours / DuckDB)."
    })
final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--scale",
      defaultValue = "district",
      converter = ScaleConverter.class,
      description = "district, city or province (default: ${DEFAULT-VALUE}).")
  Scale scale;

  @Option(
      names = "--runs",
      defaultValue = "3",
      description = "Runs to take the medians of (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--output",
      description = "Folder for the input and every run (default: out/bench/<scale>).")
  Path output;

  @Option(
      names = "--seed",
      defaultValue = "" + GenerateCommand.DEFAULT_SEED,
      description = "Random seed of the generated input (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--conf", description = "Configuration file (default: conf/jianfu.yml).")
  Path configuration;

  @Override
  public Integer call() throws Exception {
    if (runs < 1) {
      throw new StepFailedException("--runs must be at least 1");
    }
    String scaleName = scale.name().toLowerCase(Locale.ROOT);
    // Claimed first: the bench replaces input/ and run-N/ in it, which is only for jianfu's folder.
    Path folder =
        OutputFolder.claim(output != null ? output : Path.of("out", "bench", scaleName)).path();
    Path input = GeneratedInput.prepare(folder, scale, seed, true);
    BenchRun bench =
        new BenchRun(ProjectHome.get(), ProjectHome.configurationOr(configuration), input);
    List<RunMeasurement> measured = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      RunMeasurement measurement = bench.measure(folder.resolve("run-" + run));
      measured.add(measurement);
      System.out.printf(
          Locale.ROOT,
          "run %d/%d: ingest %.2fx DuckDB, compute %.2fx DuckDB, end to end %.1f s, peak RSS %.0f MB"
              + " (each program's own peak: %s)%n",
          run,
          runs,
          measurement.ingestRatio(),
          measurement.computeRatio(),
          measurement.endToEndSeconds(),
          measurement.peakRssMb(),
          programPeaks(measurement.peakRssMbByProgram()));
    }
    System.out.print(new BenchReport(scaleName, measured).render());
    return 0;
  }

  /**
   * {@code IngestApplication 1204 MB, JianfuCommand 310 MB, …}, largest first; programs that never
   * reached a megabyte (a chmod, a process already gone when sampled) are left out as noise.
   */
  static String programPeaks(Map<String, Double> peaks) {
    return peaks.entrySet().stream()
        .filter(peak -> peak.getValue() >= 1)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .map(peak -> String.format(Locale.ROOT, "%s %.0f MB", peak.getKey(), peak.getValue()))
        .collect(Collectors.joining(", "));
  }
}
