package jianfu.jobs.ingest.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.schemas.DuckDbSql;

/**
 * The watermark a publication remembers: written into the key-value metadata of the raw Parquet
 * file it publishes, so it is swapped into place together with the rows it describes and can never
 * be ahead of them (a failed run, a job repository moved or reset, an output folder deleted or
 * copied elsewhere all leave the two in step).
 */
public final class RememberedWatermark {

  private static final String COLUMN = "jianfu.watermark.column";
  private static final String VALUE = "jianfu.watermark.value";

  private RememberedWatermark() {}

  /** The metadata that remembers how far {@code window} reached (none if the source was empty). */
  public static Map<String, String> metadata(PullWindow window) {
    return window.reached() == null
        ? Map.of()
        : Map.of(COLUMN, window.column(), VALUE, window.reached());
  }

  /**
   * The watermark remembered in the published raw file, if there is one and it is of {@code
   * column}: a watermark of another column says nothing about this one.
   */
  static Optional<String> in(Path rawFile, String column) throws SQLException {
    if (!Files.isRegularFile(rawFile)) {
      return Optional.empty();
    }
    // the path as a list literal, not a parameter: DuckDB would expand its wildcards either way
    try (Connection duck = DuckDb.inMemory();
        PreparedStatement statement =
            duck.prepareStatement(
                "SELECT decode(key), decode(value) FROM parquet_kv_metadata("
                    + DuckDbSql.fileList(List.of(rawFile))
                    + ")")) {
      String rememberedColumn = null;
      String value = null;
      try (ResultSet metadata = statement.executeQuery()) {
        while (metadata.next()) {
          if (COLUMN.equals(metadata.getString(1))) {
            rememberedColumn = metadata.getString(2);
          } else if (VALUE.equals(metadata.getString(1))) {
            value = metadata.getString(2);
          }
        }
      }
      return column.equals(rememberedColumn) ? Optional.ofNullable(value) : Optional.empty();
    }
  }
}
