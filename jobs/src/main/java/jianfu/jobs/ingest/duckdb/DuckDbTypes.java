package jianfu.jobs.ingest.duckdb;

import java.util.Locale;
import java.util.stream.Collectors;
import jianfu.schemas.OutputTable;

/**
 * DuckDB's names for the contract's portable types (SourceColumn.storedType(), OutputColumn.type);
 * the Parquet types follow from them: VARCHAR is a UTF-8 string, INTEGER INT32, BIGINT INT64,
 * DECIMAL(p,s) a decimal, DATE a date.
 */
public final class DuckDbTypes {

  private static final String DECIMAL = "decimal(";

  private DuckDbTypes() {}

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
      default -> throw new IllegalArgumentException("no DuckDB type for '" + portableType + "'");
    };
  }

  /** A column definition for CREATE TABLE: "name" TYPE. */
  public static String column(String name, String portableType) {
    return DuckDb.identifier(name) + " " + of(portableType);
  }

  /** The column definitions of a table the pipeline writes, for CREATE TABLE. */
  public static String columns(OutputTable table) {
    return table.columns().stream()
        .map(column -> column(column.name(), column.type()))
        .collect(Collectors.joining(", "));
  }
}
