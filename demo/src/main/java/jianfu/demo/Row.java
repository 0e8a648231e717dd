package jianfu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a source table, its cells in the contract's column order. Values are written as the
 * contract reads them: empty for null, dates yyyy-MM-dd, booleans true/false, plain decimals.
 */
final class Row {

  private final String table;
  private final List<String> columns;
  private final String[] cells;

  /** A row of the table with these columns (the contract's, in its order). */
  Row(String table, List<String> columns) {
    this.table = table;
    this.columns = columns;
    this.cells = new String[columns.size()];
    Arrays.fill(cells, "");
  }

  Row set(String column, Object value) {
    int position = columns.indexOf(column);
    if (position < 0) {
      throw new IllegalArgumentException(table + " has no column " + column);
    }
    cells[position] = text(value);
    return this;
  }

  List<String> cells() {
    return List.of(cells);
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof LocalDate || value instanceof Boolean || value instanceof Number) {
      return value.toString();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return (String) value;
  }
}
