package jianfu.schemas;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The contract's portable types (string, int, long, double, boolean, date, decimal(p,s); see
 * SourceColumn.storedType(), OutputColumn.type) and their standard SQL names: what DuckDB tables,
 * the Parquet files written from them and the Superset datasets are declared with. The one mapping
 * between the two, both ways.
 */
public final class SqlTypes {

  private static final Pattern DECIMAL = Pattern.compile("decimal\\(\\d+,\\d+\\)");

  private static final Map<String, String> SQL_NAMES =
      Map.of(
          "string", "VARCHAR",
          "int", "INTEGER",
          "long", "BIGINT",
          "double", "DOUBLE",
          "boolean", "BOOLEAN",
          "date", "DATE");

  /** By SQL name, with the other spellings of the same types that Spark's DataType.sql() writes. */
  private static final Map<String, String> CONTRACT_TYPES =
      Stream.concat(
              SQL_NAMES.entrySet().stream().map(type -> Map.entry(type.getValue(), type.getKey())),
              Stream.of(Map.entry("STRING", "string"), Map.entry("INT", "int")))
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  private SqlTypes() {}

  /** The SQL name of a contract type, e.g. BIGINT for long, DECIMAL(14,2) for decimal(14,2). */
  public static String of(String contractType) {
    if (DECIMAL.matcher(contractType).matches()) {
      return contractType.toUpperCase(Locale.ROOT);
    }
    String sqlName = SQL_NAMES.get(contractType);
    if (sqlName == null) {
      throw new IllegalArgumentException("no SQL type for contract type '" + contractType + "'");
    }
    return sqlName;
  }

  /**
   * The contract type a SQL type name stands for (as DuckDB's result sets or Spark's schemas name
   * it), the inverse of {@link #of}; a type the contract has no name for throws.
   */
  public static String contractType(String sqlType) {
    String lowerCase = sqlType.toLowerCase(Locale.ROOT);
    if (DECIMAL.matcher(lowerCase).matches()) {
      return lowerCase;
    }
    String contractType = CONTRACT_TYPES.get(sqlType.toUpperCase(Locale.ROOT));
    if (contractType == null) {
      throw new IllegalArgumentException("no contract type for SQL type '" + sqlType + "'");
    }
    return contractType;
  }
}
