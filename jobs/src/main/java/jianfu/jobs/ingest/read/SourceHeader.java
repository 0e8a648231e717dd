package jianfu.jobs.ingest.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;

/**
 * A file's header row: where each contract column stands (columns are matched by name, in any
 * order) and which columns are not in the contract (ignored).
 */
public final class SourceHeader {

  private final List<String> names;
  private final Map<String, Integer> positions;
  private final List<String> unknownColumns;

  private SourceHeader(
      List<String> names, Map<String, Integer> positions, List<String> unknownColumns) {
    this.names = names;
    this.positions = positions;
    this.unknownColumns = unknownColumns;
  }

  /**
   * Reads the header fields of {@code fileName}, refusing the file when a column that must be
   * present (SourceTable.mustBePresent) is missing or a column is named twice.
   */
  public static SourceHeader of(String fileName, List<String> fields, SourceTable table) {
    List<String> names = trimmed(fields);
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (positions.put(name, i) != null) {
        throw new RefusedFileException(
            fileName + " is refused: its header names the column '" + name + "' twice");
      }
    }
    for (SourceColumn column : table.columns()) {
      if (table.mustBePresent(column) && !positions.containsKey(column.name())) {
        throw new RefusedFileException(
            fileName
                + " is refused: its header has no column '"
                + column.name()
                + "', which every "
                + table.table()
                + " file must have");
      }
    }
    List<String> unknown = names.stream().filter(name -> table.findColumn(name).isEmpty()).toList();
    positions.keySet().retainAll(table.columnNames());
    return new SourceHeader(names, positions, unknown);
  }

  /** How many fields every record of the file must have. */
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

  private static List<String> trimmed(List<String> fields) {
    return fields.stream().map(String::trim).toList();
  }

  /** Header columns the contract does not know; their cells are ignored. */
  public List<String> unknownColumns() {
    return unknownColumns;
  }

  /** The trimmed cells of a record for every contract column (null where empty or absent). */
  Map<String, String> cells(List<String> fields, SourceTable table) {
    Map<String, String> cells = new HashMap<>();
    for (String column : table.columnNames()) {
      Integer position = positions.get(column);
      String cell = position == null ? "" : fields.get(position).trim();
      cells.put(column, cell.isEmpty() ? null : cell);
    }
    return cells;
  }
}
