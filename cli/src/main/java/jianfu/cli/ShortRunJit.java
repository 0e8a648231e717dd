package jianfu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * How a module's JVM compiles, chosen by the size of what it reads. On a small input the run is
 * short and HotSpot's optimising compiler (C2) costs more CPU than its code gives back, so up to
 * the module's short-run size the JVM runs C1 alone; above it the JVM keeps its default. Measured
 * in docs/benchmarks.md: the pipelines in "Profiling and tuning" (C1 alone saved about 6 s at
 * district and city scale; on a province's input C2 won, 100 s of marts against 147 s), ingestion
 * in "Ingestion, second round" (C1 alone took 10-11 s of CPU instead of 17-19 s on a district's
 * files, the same 38-39 s on a city's).
 */
final class ShortRunJit {

  /** The Spark JVM, by the raw Parquet it computes from (a city's 1.5 M rows are about 3 MB). */
  static final ShortRunJit SPARK = new ShortRunJit(16L * 1024 * 1024);

  /** The ingestion JVM, by its source files (a district's are 13 MB, a city's 94 MB). */
  static final ShortRunJit INGESTION = new ShortRunJit(128L * 1024 * 1024);

  /**
   * C1 alone, with the code cache tiered compilation would have: stopping at C1 also shrinks the
   * default cache from 240 MB to 48 MB, of which a district's or a city's Spark run fills 43-45 MB,
   * so a little more code (or a profiler's) ran it out ("Out of space in CodeCache for adapters")
   * and failed the run (docs/benchmarks.md, "Quiet machine, eighth round").
   */
  static final List<String> C1_ONLY =
      List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=240m");

  private final long shortRunBytes;

  private ShortRunJit(long shortRunBytes) {
    this.shortRunBytes = shortRunBytes;
  }

  /** The most bytes of input a short run reads. */
  long shortRunBytes() {
    return shortRunBytes;
  }

  /** The JVM options for a run reading the files under {@code input}. */
  List<String> jvmOptions(Path input) {
    return bytesUnder(input) <= shortRunBytes ? C1_ONLY : List.of();
  }

  private static long bytesUnder(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(ShortRunJit::size).sum();
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
