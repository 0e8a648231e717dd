package jianfu.oracle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** One source row being put together: values by column name, null for an empty cell. */
final class RawRow {

  private final Map<String, Object> values = new LinkedHashMap<>();

  RawRow with(String column, Object value) {
    values.put(column, value);
    return this;
  }

  /** A copy of this row with one value changed. */
  RawRow but(String column, Object value) {
    RawRow copy = new RawRow();
    copy.values.putAll(values);
    return copy.with(column, value);
  }

  Object get(String column) {
    return values.get(column);
  }

  Set<String> columns() {
    return values.keySet();
  }
}
