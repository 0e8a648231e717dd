package jianfu.pipelines.reference;

import java.util.Locale;
import org.apache.spark.sql.types.DataType;

/**
 * The contract's portable type names (string, int, long, double, boolean, date, decimal(p,s)) and
 * their DuckDB and Spark spellings.
 */
final class PortableTypes {

  private PortableTypes() {}

  static String toDuckDb(String portable) {
    return switch (portable) {
      case "string" -> "VARCHAR";
      case "int" -> "INTEGER";
      case "long" -> "BIGINT";
      case "double", "boolean", "date" -> portable.toUpperCase(Locale.ROOT);
      default -> decimal(portable).toUpperCase(Locale.ROOT);
    };
  }

  static String fromDuckDb(String duckDbType) {
    return switch (duckDbType) {
      case "VARCHAR" -> "string";
      case "INTEGER" -> "int";
      case "BIGINT" -> "long";
      case "DOUBLE", "BOOLEAN", "DATE" -> duckDbType.toLowerCase(Locale.ROOT);
      default -> decimal(duckDbType.toLowerCase(Locale.ROOT));
    };
  }

  static String fromSpark(DataType sparkType) {
    String name = sparkType.simpleString();
    return switch (name) {
      case "bigint" -> "long";
      case "string", "int", "double", "boolean", "date" -> name;
      default -> decimal(name);
    };
  }

  private static String decimal(String type) {
    if (!type.matches("decimal\\(\\d+,\\d+\\)")) {
      throw new IllegalArgumentException("not a contract type: " + type);
    }
    return type;
  }
}
