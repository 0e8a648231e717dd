package jianfu.oracle;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;

/**
 * Where the Spark pipeline and the DuckDB oracle disagree on a mart, each difference naming the
 * mart, the key and the column: column names and types against the contract, rows only one side
 * has, and values, compared by the contract type of their column (doubles within {@value
 * #RELATIVE_TOLERANCE} relative, decimals exactly, nulls equal only to nulls).
 */
final class MartDifferences {

  static final double RELATIVE_TOLERANCE = 1e-9;

  private MartDifferences() {}

  static List<String> between(OutputTable mart, ComputedMart spark, ComputedMart oracle) {
    List<String> differences = new ArrayList<>();
    Map<String, String> declared = new LinkedHashMap<>();
    mart.columns().forEach(column -> declared.put(column.name(), column.type()));
    if (!spark.columnTypes().equals(declared)) {
      differences.add(
          mart.table() + ": Spark columns " + spark.columnTypes() + ", contract " + declared);
    }
    Map<List<Object>, Map<String, Object>> sparkRows = sorted(spark.byKey(mart));
    Map<List<Object>, Map<String, Object>> oracleRows = sorted(oracle.byKey(mart));
    for (List<Object> key : oracleRows.keySet()) {
      if (!sparkRows.containsKey(key)) {
        differences.add(describe(mart, key) + ": only in the oracle");
      }
    }
    sparkRows.forEach(
        (key, sparkRow) -> {
          Map<String, Object> oracleRow = oracleRows.get(key);
          if (oracleRow == null) {
            differences.add(describe(mart, key) + ": only in Spark");
            return;
          }
          for (OutputColumn column : mart.columns()) {
            Object bySpark = sparkRow.get(column.name());
            Object byOracle = oracleRow.get(column.name());
            if (!equal(column.type(), bySpark, byOracle)) {
              differences.add(
                  "%s %s: Spark %s, oracle %s"
                      .formatted(describe(mart, key), column.name(), bySpark, byOracle));
            }
          }
        });
    return differences;
  }

  private static boolean equal(String type, Object bySpark, Object byOracle) {
    if (bySpark == null || byOracle == null) {
      return bySpark == byOracle;
    }
    return switch (type) {
      case "double" -> close((Double) bySpark, (Double) byOracle);
      case "int", "long" -> ((Number) bySpark).longValue() == ((Number) byOracle).longValue();
      case "string", "boolean" -> Objects.equals(bySpark, byOracle);
      case "date" -> localDate(bySpark).equals(localDate(byOracle));
      default -> ((BigDecimal) bySpark).compareTo((BigDecimal) byOracle) == 0;
    };
  }

  /** Spark collects a DATE as java.sql.Date, DuckDB as LocalDate. */
  private static LocalDate localDate(Object date) {
    return date instanceof Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) date;
  }

  private static boolean close(double bySpark, double byOracle) {
    return bySpark == byOracle
        || Math.abs(bySpark - byOracle)
            <= RELATIVE_TOLERANCE * Math.max(Math.abs(bySpark), Math.abs(byOracle));
  }

  private static String describe(OutputTable mart, List<Object> key) {
    return IntStream.range(0, key.size())
        .mapToObj(i -> mart.key().get(i) + "=" + key.get(i))
        .collect(Collectors.joining(", ", mart.table() + " [", "]"));
  }

  /** Rows in key order, so that differences read in the order of the mart. */
  private static Map<List<Object>, Map<String, Object>> sorted(
      Map<List<Object>, Map<String, Object>> rows) {
    Map<List<Object>, Map<String, Object>> sorted = new TreeMap<>(MartDifferences::compareKeys);
    sorted.putAll(rows);
    return sorted;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(List<Object> one, List<Object> other) {
    Comparator<Object> values = Comparator.nullsFirst((a, b) -> ((Comparable) a).compareTo(b));
    return IntStream.range(0, one.size())
        .map(i -> values.compare(one.get(i), other.get(i)))
        .filter(order -> order != 0)
        .findFirst()
        .orElse(0);
  }
}
