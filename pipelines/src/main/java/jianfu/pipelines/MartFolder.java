package jianfu.pipelines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Replaces a mart's folder whole. Spark writes a hidden sibling folder (Spark and DuckDB skip names
 * starting with a dot); only when it is complete is it renamed into place. A rename cannot replace
 * a non-empty folder, so the old one is first renamed aside and deleted afterwards.
 */
final class MartFolder {

  private MartFolder() {}

  /** Writes {@code mart} to {@code target} as one Parquet file sorted by key; returns its rows. */
  static long replace(Dataset<Row> mart, List<String> key, Path target) {
    Path fresh = hiddenSibling(target, "writing");
    try {
      // Marts are small (communities × years): one sorted file is easiest for every reader.
      mart.repartition(1)
          .sortWithinPartitions(key.stream().map(functions::col).toArray(Column[]::new))
          .write()
          .parquet(fresh.toString());
      swap(fresh, target);
    } finally {
      deleteRecursively(fresh);
    }
    // Counted from the file footers of the mart in place (Spark skips hidden folders).
    return mart.sparkSession().read().parquet(target.toString()).count();
  }

  private static void swap(Path fresh, Path target) {
    Path old = hiddenSibling(target, "replaced");
    try {
      boolean replacing = Files.exists(target);
      if (replacing) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (replacing) {
          // Put the previous mart back: readers keep the old version rather than none.
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        }
        throw e;
      }
      if (replacing) {
        deleteRecursively(old);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the new mart into " + target, e);
    }
  }

  private static Path hiddenSibling(Path target, String purpose) {
    return target.resolveSibling(
        "." + target.getFileName() + "." + purpose + "-" + UUID.randomUUID());
  }

  private static void deleteRecursively(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }
}
