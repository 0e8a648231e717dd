package jianfu.dashboards.serving;

import java.util.Locale;

/** Maps the contract's portable column types to DuckDB's. */
public final class DuckDbTypes {

  private DuckDbTypes() {}

  public static String of(String portableType) {
    return switch (portableType.toLowerCase(Locale.ROOT)) {
      case "string" -> "VARCHAR";
      case "int" -> "INTEGER";
      case "long" -> "BIGINT";
      case "double" -> "DOUBLE";
      case "boolean" -> "BOOLEAN";
      case "date" -> "DATE";
      default -> {
        if (portableType.startsWith("decimal(")) {
          yield portableType.toUpperCase(Locale.ROOT);
        }
        throw new IllegalArgumentException("no DuckDB type for contract type " + portableType);
      }
    };
  }
}
