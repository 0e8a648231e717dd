package jianfu.pipelines;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.pipelines.storage.Folder;
import jianfu.schemas.Contract;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The marts of a run written to their folders: each written beside its folder ({@link MartFolder})
 * as soon as its frame is computed, side by side with the models and marts still being computed,
 * and all swapped in once every one is written. A failure anywhere, in a model or in a write,
 * leaves every previous mart in place.
 */
final class MartWrites {

  private static final Logger LOG = LoggerFactory.getLogger(MartWrites.class);

  private final Map<String, SharedModel<Timed>> writes = new LinkedHashMap<>();

  private record Timed(MartFolder.Written written, double seconds) {}

  /** Adds a write of each mart to {@code models}, to start once the mart's frame is computed. */
  MartWrites(
      SharedModels models,
      Map<String, SharedModel<Dataset<Row>>> marts,
      Contract contract,
      Folder martsDir) {
    marts.forEach(
        (name, mart) ->
            writes.put(
                name,
                models.of(
                    () -> timed(name, mart.get(), contract.mart(name).key(), martsDir), mart)));
  }

  /**
   * Once {@link SharedModels#awaitAll} has returned: swaps every mart in, in order, and returns
   * each mart's seconds (its write; written side by side, they overlap). When one cannot be swapped
   * in, it keeps its previous folder, and so do the ones after it.
   */
  Map<String, Double> swapIn() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    try {
      writes.forEach(
          (name, write) -> {
            write.get().written().swapIn();
            seconds.put(name, write.get().seconds());
          });
    } finally {
      discard();
    }
    return seconds;
  }

  /** Deletes every mart written and not swapped in: after a failure, or after {@link #swapIn}. */
  void discard() {
    writes.values().stream()
        .filter(SharedModel::computed)
        .forEach(write -> write.get().written().discard());
  }

  private static Timed timed(String name, Dataset<Row> mart, List<String> key, Folder martsDir) {
    long started = System.nanoTime();
    MartFolder.Written written = MartFolder.write(mart, key, martsDir.child(name));
    double seconds = (System.nanoTime() - started) / 1e9;
    LOG.info("{}: {} rows in {} s", name, written.rows(), String.format("%.1f", seconds));
    return new Timed(written, seconds);
  }
}
