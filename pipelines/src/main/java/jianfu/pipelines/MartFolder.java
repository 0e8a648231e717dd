package jianfu.pipelines;

import java.util.List;
import jianfu.pipelines.intermediate.CountedRows;
import jianfu.pipelines.storage.Folder;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Replaces a mart's folder whole, in two steps. {@link #write} has Spark write a hidden sibling
 * folder (Spark and DuckDB skip names starting with a dot); {@link Written#swapIn} renames it into
 * place once it is complete, or {@link Written#discard} deletes it and leaves the previous mart as
 * it was. A rename cannot replace a non-empty folder, so the old one is first renamed aside and
 * deleted afterwards.
 */
final class MartFolder {

  private MartFolder() {}

  /**
   * Writes {@code mart} beside {@code target} as one Parquet file sorted by key; {@code target} is
   * left as it was until the result is swapped in.
   */
  static Written write(Dataset<Row> mart, List<String> key, Folder target) {
    Folder fresh = target.hiddenSibling("writing");
    // Counted while writing: a count afterwards would be one more Spark job per mart.
    CountedRows written = new CountedRows();
    try {
      // Marts are small (communities × years): one sorted file is easiest for every reader.
      written
          .counting(
              mart.repartition(1)
                  .sortWithinPartitions(key.stream().map(functions::col).toArray(Column[]::new)))
          .write()
          .parquet(fresh.location());
    } catch (RuntimeException e) {
      fresh.deleteRecursively();
      throw e;
    }
    return new Written(fresh, target, written.rows());
  }

  /** A mart written beside its folder: {@code rows} rows in {@code fresh}, for {@code target}. */
  record Written(Folder fresh, Folder target, long rows) {

    /** Renames the written mart into place; the previous one stays if that fails. */
    void swapIn() {
      try {
        swap(fresh, target);
      } finally {
        fresh.deleteRecursively();
      }
    }

    /** Deletes the written mart; the previous one stays. */
    void discard() {
      fresh.deleteRecursively();
    }
  }

  private static void swap(Folder fresh, Folder target) {
    Folder old = target.hiddenSibling("replaced");
    boolean replacing = target.isDirectory();
    if (replacing) {
      target.moveTo(old);
    }
    try {
      fresh.moveTo(target);
    } catch (RuntimeException e) {
      if (replacing) {
        // Put the previous mart back: readers keep the old version rather than none.
        old.moveTo(target);
      }
      throw e;
    }
    if (replacing) {
      old.deleteRecursively();
    }
  }
}
