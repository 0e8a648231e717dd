package jianfu.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;

/**
 * Writes source rows the way ingestion leaves them: {@code rawDir/<table>/*.parquet} with the
 * contract's column names and stored types, through an in-memory DuckDB.
 */
final class RawParquetWriter {

  private RawParquetWriter() {}

  static void write(Contract contract, RawRows rows, Path rawDir) throws SQLException, IOException {
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckDb.createStatement()) {
      for (String table : rows.tables()) {
        SourceTable source = contract.source(table);
        statement.execute(ContractDdl.createTable(source));
        insert(duckDb, source, rows.rows(table));
        Path file = Files.createDirectories(rawDir.resolve(table)).resolve("part-0.parquet");
        statement.execute(
            "COPY " + table + " TO " + DuckDbSql.literal(file.toString()) + " (FORMAT parquet)");
      }
    }
  }

  private static void insert(Connection duckDb, SourceTable source, List<RawRow> rows)
      throws SQLException {
    String placeholders = String.join(", ", Collections.nCopies(source.columns().size(), "?"));
    try (PreparedStatement insert =
        duckDb.prepareStatement(
            "INSERT INTO " + source.table() + " VALUES (" + placeholders + ")")) {
      for (RawRow row : rows) {
        List<SourceColumn> columns = source.columns();
        for (int i = 0; i < columns.size(); i++) {
          insert.setObject(i + 1, row.get(columns.get(i).name()));
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
