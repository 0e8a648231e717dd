package jianfu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How the pipelines JVM compiles, chosen by the size of the raw Parquet it computes from. On a
 * small input the run is short and HotSpot's optimising compiler (C2) costs more CPU than its code
 * gives back: C1 alone saved about 6 s at district scale (of 46 s) and at city scale (of 52 s). On
 * a province's input C2 won (100 s of marts against 147 s), so above {@link #SHORT_RUN_BYTES} the
 * JVM keeps its default. Measured in docs/benchmarks.md, "Profiling and tuning".
 */
final class SparkJit {

  /** Raw Parquet up to this size makes a short run (a city's 1.5 M rows are about 3 MB). */
  static final long SHORT_RUN_BYTES = 16L * 1024 * 1024;

  static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

  private SparkJit() {}

  /** The JVM options for computing the marts from {@code raw}. */
  static List<String> jvmOptions(Path raw) {
    return bytesUnder(raw) <= SHORT_RUN_BYTES ? List.of(C1_ONLY) : List.of();
  }

  private static long bytesUnder(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(SparkJit::size).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + folder, e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + file, e);
    }
  }
}
