package jianfu.oracle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;

/**
 * Rows of a source table written as a text table: a header line of column names, then one line per
 * row, cells separated by {@code |}; an empty cell is null. Cells are read as the contract's stored
 * type of their column.
 */
final class TextTable {

  private TextTable() {}

  static List<RawRow> rows(SourceTable table, String text) {
    List<String[]> lines =
        text.lines().filter(line -> !line.isBlank()).map(TextTable::cells).toList();
    List<SourceColumn> header = Arrays.stream(lines.get(0)).map(table::column).toList();
    return lines.stream()
        .skip(1)
        .map(
            cells -> {
              if (cells.length != header.size()) {
                throw new IllegalArgumentException(
                    table.table()
                        + ": "
                        + header.size()
                        + " columns but "
                        + cells.length
                        + " cells in "
                        + String.join("|", cells));
              }
              RawRow row = new RawRow();
              for (int i = 0; i < cells.length; i++) {
                row.with(header.get(i).name(), value(header.get(i), cells[i]));
              }
              return row;
            })
        .toList();
  }

  private static String[] cells(String line) {
    return Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
  }

  private static Object value(SourceColumn column, String cell) {
    if (cell.isEmpty()) {
      return null;
    }
    String type = column.storedType();
    return switch (type) {
      case "string" -> cell;
      case "int" -> Integer.valueOf(cell);
      case "date" -> LocalDate.parse(cell);
      case "boolean" -> Boolean.valueOf(cell);
      default -> new BigDecimal(cell);
    };
  }
}
