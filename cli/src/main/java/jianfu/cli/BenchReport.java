package jianfu.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import jianfu.cli.RunMeasurement.MartCompute;
import jianfu.cli.RunMeasurement.TableIngest;

/**
 * The bench's table, medians over the runs: ingestion against DuckDB COPY per table, Spark against
 * the DuckDB oracle per mart, totals, and the closing {@code bench:} line.
 */
final class BenchReport {

  private final String scale;
  private final List<RunMeasurement> runs;

  BenchReport(String scale, List<RunMeasurement> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no bench run to report");
    }
    this.scale = scale;
    this.runs = runs;
  }

  String render() {
    StringBuilder text = new StringBuilder();
    line(
        text,
        "%nIngest, CSV to Parquet (medians of %d runs; rows/s over the rows read):",
        runs.size());
    line(
        text,
        "  %-20s %10s %12s %14s %7s",
        "table",
        "rows",
        "ours rows/s",
        "duckdb rows/s",
        "ratio");
    RunMeasurement first = runs.get(0);
    for (String table : first.ingest().keySet()) {
      long rows = first.ingest().get(table).rows();
      double ours = median(run -> ingestOf(run, table).oursSeconds());
      double duckDb = median(run -> ingestOf(run, table).duckDbSeconds());
      line(
          text,
          "  %-20s %10d %12.0f %14.0f %7.2f",
          table,
          rows,
          rows / ours,
          rows / duckDb,
          ours / duckDb);
    }
    long rows = first.ingest().values().stream().mapToLong(TableIngest::rows).sum();
    double ours = median(RunMeasurement::ingestSeconds);
    double duckDb = median(RunMeasurement::ingestDuckDbSeconds);
    line(
        text,
        "  %-20s %10d %12.0f %14.0f %7.2f",
        "total",
        rows,
        rows / ours,
        rows / duckDb,
        median(RunMeasurement::ingestRatio));

    line(text, "%nCompute, seconds per mart (medians; Spark session start-up apart):");
    line(
        text,
        "  (Spark writes its marts side by side: a mart's seconds overlap others', and Spark's");
    line(text, "   total is its wall time, the models several marts read included)");
    line(text, "  %-22s %9s %9s %7s", "mart", "spark s", "duckdb s", "ratio");
    for (String mart : first.compute().keySet()) {
      double spark = median(run -> computeOf(run, mart).sparkSeconds());
      double oracle = median(run -> computeOf(run, mart).duckDbSeconds());
      line(text, "  %-22s %9.3f %9.3f %7.2f", mart, spark, oracle, spark / oracle);
    }
    line(
        text,
        "  %-22s %9.3f %9.3f %7.2f",
        "total",
        median(RunMeasurement::computeSeconds),
        median(RunMeasurement::computeDuckDbSeconds),
        median(RunMeasurement::computeRatio));
    line(
        text,
        "  %-22s %9.3f",
        "spark session start-up",
        median(RunMeasurement::sparkSessionSeconds));

    line(
        text,
        "%nEnd to end (run: ingest, compute, serve, publish): %.1f s wall, peak RSS %.0f MB",
        median(RunMeasurement::endToEndSeconds),
        median(RunMeasurement::peakRssMb));
    line(text, "  (peak of the summed VmRSS of the run's JVMs, sampled every 100 ms)");
    text.append(benchLine()).append(System.lineSeparator());
    return text.toString();
  }

  String benchLine() {
    return String.format(
        Locale.ROOT,
        "bench: scale=%s ingest_vs_duckdb=%.2f compute_vs_duckdb=%.2f end_to_end_s=%.1f peak_rss_mb=%.0f",
        scale,
        median(RunMeasurement::ingestRatio),
        median(RunMeasurement::computeRatio),
        median(RunMeasurement::endToEndSeconds),
        median(RunMeasurement::peakRssMb));
  }

  private double median(ToDoubleFunction<RunMeasurement> measure) {
    return Median.of(runs, measure);
  }

  private static TableIngest ingestOf(RunMeasurement run, String table) {
    return run.ingest().get(table);
  }

  private static MartCompute computeOf(RunMeasurement run, String mart) {
    return run.compute().get(mart);
  }

  private static void line(StringBuilder text, String format, Object... values) {
    text.append(String.format(Locale.ROOT, format + "%n", values));
  }
}
