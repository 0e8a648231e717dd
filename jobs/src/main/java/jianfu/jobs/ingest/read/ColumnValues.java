package jianfu.jobs.ingest.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.schemas.SourceColumn;

/**
 * One value per contract column of a row, in the table's column order (SourceTable.columns()): the
 * row path reads them by position, and a rule that relates columns finds the other by name. An
 * array, not a map: rows are made by the million, and a map per row was the row path's largest
 * single cost (docs/benchmarks.md, "Quiet machine, fourth round").
 *
 * @param <T> String for a record's cells, Object for typed values (or, in the commit step's check
 *     of a table's references to itself, the values read back as text)
 */
public final class ColumnValues<T> {

  private final List<SourceColumn> columns;
  private final Object[] values;

  private ColumnValues(List<SourceColumn> columns, Object[] values) {
    this.columns = columns;
    this.values = values;
  }

  /** Values for {@code columns}, all null until set. */
  public static <T> ColumnValues<T> empty(List<SourceColumn> columns) {
    return new ColumnValues<>(columns, new Object[columns.size()]);
  }

  /** The value of the column at {@code position} in the table's column order. */
  @SuppressWarnings("unchecked")
  public T get(int position) {
    return (T) values[position];
  }

  /** The value of the column named {@code column}; the table must have it. */
  public T get(String column) {
    for (int i = 0; i < values.length; i++) {
      if (columns.get(i).name().equals(column)) {
        return get(i);
      }
    }
    throw new IllegalArgumentException("the row has no column " + column);
  }

  /** Sets the value of the column at {@code position} in the table's column order. */
  public void set(int position, T value) {
    values[position] = value;
  }

  /**
   * The values by column name, in column order: for tests and the commit step's check of a table's
   * references to itself (org units, applications: small tables), not the row path.
   */
  public Map<String, T> asMap() {
    Map<String, T> byName = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      byName.put(columns.get(i).name(), get(i));
    }
    return Collections.unmodifiableMap(byName);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
