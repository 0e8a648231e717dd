package jianfu.schemas;

import java.util.Locale;

/**
 * The standard SQL name of a contract type (SourceColumn.storedType(), OutputColumn.type): what
 * DuckDB tables, the Parquet files written from them and the Superset datasets are declared with.
 */
public final class SqlTypes {

  private static final String DECIMAL = "decimal(";

  private SqlTypes() {}

  public static String of(String portableType) {
    if (portableType.startsWith(DECIMAL)) {
      return portableType.toUpperCase(Locale.ROOT);
    }
    return switch (portableType) {
      case "string" -> "VARCHAR";
      case "int" -> "INTEGER";
      case "long" -> "BIGINT";
      case "double" -> "DOUBLE";
      case "boolean" -> "BOOLEAN";
      case "date" -> "DATE";
      default ->
          throw new IllegalArgumentException(
              "no SQL type for contract type '" + portableType + "'");
    };
  }
}
