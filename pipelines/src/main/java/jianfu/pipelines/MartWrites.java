package jianfu.pipelines;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongBiFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes marts {@value #AT_ONCE} at a time, each from a thread of its own: while Spark's driver
 * plans one mart (analysis, optimisation, code generation, adaptive re-planning between stages),
 * the executors run the other's tasks. The marts read only models computed before them, so none
 * waits for another. When a mart fails, the marts not yet started are not written (each keeps its
 * previous folder), the ones under way finish, and the first failure is rethrown.
 */
final class MartWrites {

  /** Enough to overlap one mart's planning with another's tasks. */
  static final int AT_ONCE = 2;

  private static final Logger LOG = LoggerFactory.getLogger(MartWrites.class);

  private MartWrites() {}

  /**
   * Writes each mart with {@code write}, which returns the rows written. Returns each mart's own
   * seconds, from the start of its write to its folder swapped in, in the order given; written side
   * by side, they overlap, so their sum exceeds the wall time.
   */
  static Map<String, Double> all(
      Map<String, Dataset<Row>> marts, ToLongBiFunction<String, Dataset<Row>> write) {
    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
    Map<String, Future<Double>> writes = new LinkedHashMap<>();
    marts.forEach((name, frame) -> writes.put(name, pool.submit(() -> timed(name, frame, write))));
    pool.shutdown();
    Map<String, Double> seconds = new LinkedHashMap<>();
    RuntimeException failure = null;
    for (Map.Entry<String, Future<Double>> mart : writes.entrySet()) {
      try {
        seconds.put(mart.getKey(), mart.getValue().get());
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = unchecked(e.getCause());
          writes.values().forEach(notStarted -> notStarted.cancel(false));
        }
      } catch (CancellationException e) {
        // not started after an earlier failure
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pool.shutdownNow();
        throw new IllegalStateException("interrupted while writing the marts", e);
      }
    }
    awaitUnderWay(pool);
    if (failure != null) {
      throw failure;
    }
    return seconds;
  }

  private static double timed(
      String name, Dataset<Row> frame, ToLongBiFunction<String, Dataset<Row>> write) {
    long started = System.nanoTime();
    long rows = write.applyAsLong(name, frame);
    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.info("{}: {} rows in {} s", name, rows, String.format("%.1f", seconds));
    return seconds;
  }

  /** A cancelled write that had started runs on: wait for it, so no write outlives the call. */
  private static void awaitUnderWay(ExecutorService pool) {
    try {
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the marts", e);
    }
  }

  private static RuntimeException unchecked(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(failure);
  }
}
