package jianfu.oracle;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SqlTypes;

/**
 * A mart as one engine computed it: its column types in the contract's portable names, in column
 * order, and its rows as plain Java values by column name.
 */
public record ComputedMart(Map<String, String> columnTypes, List<Map<String, Object>> rows) {

  /** The rows by their values of the mart's key columns, in key order; a repeated key throws. */
  public Map<List<Object>, Map<String, Object>> byKey(OutputTable mart) {
    Map<List<Object>, Map<String, Object>> byKey = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      List<Object> key = mart.key().stream().map(row::get).toList();
      if (byKey.put(key, row) != null) {
        throw new IllegalStateException(
            mart.table() + " has two rows with the key " + mart.key() + " = " + key);
      }
    }
    return byKey;
  }

  public static ComputedMart of(ResultSet resultSet) throws SQLException {
    ResultSetMetaData metaData = resultSet.getMetaData();
    Map<String, String> columnTypes = new LinkedHashMap<>();
    for (int i = 1; i <= metaData.getColumnCount(); i++) {
      columnTypes.put(
          metaData.getColumnName(i), SqlTypes.contractType(metaData.getColumnTypeName(i)));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    while (resultSet.next()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (String column : columnTypes.keySet()) {
        row.put(column, resultSet.getObject(column));
      }
      rows.add(row);
    }
    return new ComputedMart(columnTypes, rows);
  }
}
