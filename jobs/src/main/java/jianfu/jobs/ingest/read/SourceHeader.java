package jianfu.jobs.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;

/**
 * A file's header row: where each contract column stands (columns are matched by name or Chinese
 * label, in any order) and which headings the contract does not know (their cells are ignored).
 */
public final class SourceHeader {

  private final List<String> names;
  private final List<SourceColumn> columns;
  private final int[] fieldOfColumn;
  private final List<String> unknownColumns;

  /**
   * @param fieldOfColumn for each contract column in order, the position of its field, or -1 when
   *     the file has no such column
   */
  private SourceHeader(
      List<String> names,
      List<SourceColumn> columns,
      int[] fieldOfColumn,
      List<String> unknownColumns) {
    this.names = names;
    this.columns = columns;
    this.fieldOfColumn = fieldOfColumn;
    this.unknownColumns = unknownColumns;
  }

  /**
   * Reads the header fields of {@code fileName}. Each trimmed field is a column's name or label.
   * The file is refused when a field before the last named one is blank ({@code place} says where a
   * field stands, e.g. "cell C1"), when a column is named twice (also by its name and its label) or
   * when a column that must be present (SourceTable.mustBePresent) is missing. Blank fields after
   * the last named one are unnamed columns, ignored.
   */
  public static SourceHeader of(
      String fileName, List<String> fields, IntFunction<String> place, SourceTable table) {
    List<String> headings = fields.stream().map(String::trim).toList();
    int named = lastNamed(headings) + 1;
    Map<String, Integer> positions = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < named; i++) {
      String heading = headings.get(i);
      if (heading.isEmpty()) {
        throw RefusedFileException.refused(
            fileName,
            "header "
                + place.apply(i)
                + " is blank; every column before the last named one needs a name");
      }
      Optional<SourceColumn> column = table.findColumnByNameOrLabel(heading);
      if (column.isEmpty()) {
        unknown.add(heading);
        continue;
      }
      Integer earlier = positions.put(column.get().name(), i);
      if (earlier != null) {
        throw RefusedFileException.refused(
            fileName,
            "its header names the column '%s' twice ('%s' and '%s')"
                .formatted(column.get().name(), headings.get(earlier), heading));
      }
    }
    for (SourceColumn column : table.columns()) {
      if (table.mustBePresent(column) && !positions.containsKey(column.name())) {
        throw RefusedFileException.refused(
            fileName,
            "its header has no column '%s' (or '%s'), which every %s file must have"
                .formatted(column.name(), column.label(), table.table()));
      }
    }
    int[] fieldOfColumn = new int[table.columns().size()];
    for (int i = 0; i < fieldOfColumn.length; i++) {
      fieldOfColumn[i] = positions.getOrDefault(table.columns().get(i).name(), -1);
    }
    return new SourceHeader(headings, table.columns(), fieldOfColumn, List.copyOf(unknown));
  }

  private static int lastNamed(List<String> headings) {
    for (int i = headings.size() - 1; i >= 0; i--) {
      if (!headings.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /** How many fields the header has (every CSV record must have as many). */
  public int width() {
    return names.size();
  }

  /** Whether a record's fields are the header's names again. */
  boolean isRepeatedBy(List<String> fields) {
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).equals(fields.get(i).trim())) {
        return false;
      }
    }
    return true;
  }

  /** Headings the contract does not know, as they stand in the header; their cells are ignored. */
  public List<String> unknownColumns() {
    return unknownColumns;
  }

  /** The trimmed cells of a record for every contract column (null where empty or absent). */
  public ColumnValues<String> cells(List<String> fields) {
    ColumnValues<String> cells = ColumnValues.empty(columns);
    for (int i = 0; i < fieldOfColumn.length; i++) {
      String cell = fieldOfColumn[i] < 0 ? "" : fields.get(fieldOfColumn[i]).trim();
      cells.set(i, cell.isEmpty() ? null : cell);
    }
    return cells;
  }
}
