package jianfu.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.schemas.SqlTypes;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Spark pipeline's marts collected as {@link ComputedMart}s, to hold against the oracle's. */
final class SparkMarts {

  private SparkMarts() {}

  /** Every mart of a pipeline run collected, by name in the run's order. */
  static Map<String, ComputedMart> all(Map<String, Dataset<Row>> marts) {
    Map<String, ComputedMart> computed = new LinkedHashMap<>();
    marts.forEach((name, mart) -> computed.put(name, of(mart)));
    return computed;
  }

  static ComputedMart of(Dataset<Row> mart) {
    Map<String, String> columnTypes = columnTypes(mart.schema());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Row sparkRow : mart.collectAsList()) {
      Map<String, Object> row = new LinkedHashMap<>();
      columnTypes.keySet().forEach(column -> row.put(column, sparkRow.getAs(column)));
      rows.add(row);
    }
    return new ComputedMart(columnTypes, rows);
  }

  /** A Spark schema's column types in the contract's names, in column order. */
  static Map<String, String> columnTypes(StructType schema) {
    Map<String, String> columnTypes = new LinkedHashMap<>();
    for (StructField field : schema.fields()) {
      columnTypes.put(field.name(), SqlTypes.contractType(field.dataType().sql()));
    }
    return columnTypes;
  }
}
