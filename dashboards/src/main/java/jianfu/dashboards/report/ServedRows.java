package jianfu.dashboards.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.dashboards.serving.DisplayNames;
import jianfu.dashboards.serving.ServedFile;

/**
 * The served DuckDB file, opened read-only (a dashboard may hold it open too); every row is read
 * into a map by column name, so the report depends on names, never on column positions.
 */
final class ServedRows implements AutoCloseable {

  private final Connection connection;

  private ServedRows(Connection connection) {
    this.connection = connection;
  }

  static ServedRows open(Path servedDatabase) throws SQLException {
    return new ServedRows(ServedFile.openReadOnly(servedDatabase));
  }

  List<Map<String, Object>> query(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData columns = result.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (result.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          row.put(columns.getColumnLabel(i), result.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** Code to name, as {@code names} shows them; empty where the served file has no such table. */
  Map<String, String> names(DisplayNames names) throws SQLException {
    Map<String, String> byCode = new LinkedHashMap<>();
    if (hasTable(names.namesTable())) {
      for (Map<String, Object> row : query(names.namesQuery())) {
        if (row.get("name") != null) {
          byCode.put(row.get("code").toString(), row.get("name").toString());
        }
      }
    }
    return byCode;
  }

  boolean hasTable(String table) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
      statement.setString(1, table);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1) > 0;
      }
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
