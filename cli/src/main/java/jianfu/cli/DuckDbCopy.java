package jianfu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.SourceTable;

/**
 * DuckDB's own CSV to Parquet of the same input files, {@code COPY (SELECT * FROM read_csv(…)) TO …
 * (FORMAT parquet)} per table: the yardstick for ingestion. It sniffs the types and skips rows it
 * cannot parse, where ingestion validates every row against the contract and quarantines.
 */
final class DuckDbCopy {

  private DuckDbCopy() {}

  /** Seconds per table that has input files, in the contract's order. */
  static Map<String, Double> secondsPerTable(Contract contract, Path input, Path target)
      throws SQLException, IOException {
    Files.createDirectories(target);
    Map<String, Double> seconds = new LinkedHashMap<>();
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckDb.createStatement()) {
      for (SourceTable table : contract.sources()) {
        List<Path> files = sourceFiles(input, table.table());
        if (files.isEmpty()) {
          continue;
        }
        long started = System.nanoTime();
        statement.execute(copy(files, target.resolve(table.table() + ".parquet")));
        seconds.put(table.table(), (System.nanoTime() - started) / 1e9);
      }
    }
    return seconds;
  }

  private static String copy(List<Path> files, Path parquet) {
    return "COPY (SELECT * FROM read_csv(%s, header = true, union_by_name = true,"
            .formatted(DuckDbSql.fileList(files))
        + " ignore_errors = true)) TO %s (FORMAT parquet)"
            .formatted(DuckDbSql.literal(parquet.toString()));
  }

  /** {@code <table>.csv} and {@code <table>-*.csv}, as ingestion finds them. */
  private static List<Path> sourceFiles(Path input, String table) throws IOException {
    try (Stream<Path> files = Files.list(input)) {
      return files
          .filter(
              file -> {
                String name = file.getFileName().toString();
                return name.endsWith(".csv")
                    && (name.equals(table + ".csv") || name.startsWith(table + "-"));
              })
          .sorted()
          .toList();
    }
  }
}
