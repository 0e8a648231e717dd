package jianfu.cli;

import java.util.Collection;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * What one bench run measured: ingestion and DuckDB's COPY per table, ingestion's wall time for all
 * tables (tables may run at the same time), Spark and the DuckDB oracle per mart, Spark's session
 * start-up (kept out of the compute ratio), Spark's wall time for all the marts (it writes marts
 * side by side, so it is less than the sum of theirs), and {@code run} end to end: its wall time,
 * the peak of its JVMs' summed memory, and each JVM's own peak (by main class).
 */
record RunMeasurement(
    Map<String, TableIngest> ingest,
    double ingestWallSeconds,
    Map<String, MartCompute> compute,
    double sparkSessionSeconds,
    double sparkComputeSeconds,
    double endToEndSeconds,
    double peakRssMb,
    Map<String, Double> peakRssMbByProgram) {

  /**
   * One table: the rows ingestion read, its seconds on them and DuckDB COPY's on the same files.
   */
  record TableIngest(long rows, double oursSeconds, double duckDbSeconds) {}

  /** One mart: Spark's seconds and the DuckDB oracle's. */
  record MartCompute(double sparkSeconds, double duckDbSeconds) {}

  double ingestSeconds() {
    return ingestWallSeconds;
  }

  double ingestDuckDbSeconds() {
    return total(ingest.values(), TableIngest::duckDbSeconds);
  }

  double computeSeconds() {
    return sparkComputeSeconds;
  }

  double computeDuckDbSeconds() {
    return total(compute.values(), MartCompute::duckDbSeconds);
  }

  /** Ingestion's time over DuckDB COPY's, all tables together. */
  double ingestRatio() {
    return ingestSeconds() / ingestDuckDbSeconds();
  }

  /** Spark's time over the DuckDB oracle's, all marts together, session start-up excluded. */
  double computeRatio() {
    return computeSeconds() / computeDuckDbSeconds();
  }

  private static <T> double total(Collection<T> parts, ToDoubleFunction<T> seconds) {
    return parts.stream().mapToDouble(seconds).sum();
  }
}
