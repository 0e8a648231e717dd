package jianfu.jobs.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Reads published Parquet back through DuckDB, each row as its values joined with "|". */
public final class ParquetQueries {

  private ParquetQueries() {}

  /** Runs {@code sql}, where {@code {}} stands for the Parquet file or folder {@code parquet}. */
  public static List<String> rows(String sql, Path parquet) throws SQLException {
    String source =
        "read_parquet('"
            + (Files.isDirectory(parquet) ? parquet.resolve("*.parquet") : parquet)
            + "')";
    List<String> rows = new ArrayList<>();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement();
        ResultSet result = statement.executeQuery(sql.replace("{}", source))) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringJoiner row = new StringJoiner("|");
        for (int column = 1; column <= columns; column++) {
          row.add(String.valueOf(result.getString(column)));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
