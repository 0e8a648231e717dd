package jianfu.dashboards.serving;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.OutputColumn;

/** A pipeline output folder made up for tests: every served table as Parquet. */
public final class SyntheticOutput {

  private SyntheticOutput() {}

  /** Writes {@code rows} rows of every served table under {@code output} and serves them. */
  public static Path servedDatabase(Contract contract, Path output, int rows) throws Exception {
    ServingDatabase serving = new ServingDatabase(contract);
    writeTables(serving, output, rows);
    return serving.build(output);
  }

  /** Writes {@code rows} rows of every served table under {@code output}, without serving them. */
  public static void writeTables(ServingDatabase serving, Path output, int rows) throws Exception {
    for (ServedTable table : serving.tables(output)) {
      writeParquet(table, rows);
    }
  }

  /**
   * Writes n rows where every column holds a value of a storage type Spark might use; a table read
   * from subfolders gets one, whose name is its folder column's value.
   */
  private static void writeParquet(ServedTable table, int rows) throws Exception {
    Path folder =
        table.folderColumn() == null
            ? table.parquetFolder()
            : table.parquetFolder().resolve("some_table");
    Files.createDirectories(folder);
    List<String> values = new ArrayList<>();
    for (OutputColumn column : table.declaration().columns()) {
      if (column.name().equals(table.folderColumn())) {
        continue;
      }
      String value =
          switch (column.type()) {
            case "string" -> "'x' || i";
            case "boolean" -> "i % 2 = 0";
            case "date" -> "DATE '2026-01-01' + CAST(i AS INTEGER)";
            default -> "i"; // numbers arrive as BIGINT and are cast to the declared type
          };
      values.add(value + " AS " + column.name());
    }
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "COPY (SELECT "
              + String.join(", ", values)
              + " FROM range("
              + rows
              + ") t(i)) TO "
              + DuckDbSql.literal(folder.resolve("part-0.parquet").toString())
              + " (FORMAT parquet)");
    }
  }
}
