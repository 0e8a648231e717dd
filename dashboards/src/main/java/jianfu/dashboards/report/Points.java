package jianfu.dashboards.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Helpers for laying rows out as chart points: categories and series keyed by text. */
final class Points {

  private Points() {}

  /** The distinct values of a column, as text, in the order the rows have them. */
  static List<String> distinct(List<Map<String, Object>> rows, String column) {
    Set<String> values = new LinkedHashSet<>();
    rows.forEach(row -> values.add(text(row.get(column))));
    return List.copyOf(values);
  }

  /** A series with no point yet in any of {@code size} categories. */
  static List<Object> none(int size) {
    return new ArrayList<>(Collections.nCopies(size, null));
  }

  static String text(Object value) {
    return String.valueOf(value);
  }
}
