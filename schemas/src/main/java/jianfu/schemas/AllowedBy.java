package jianfu.schemas;

import java.util.List;
import java.util.Map;

/**
 * The values a column may take depend on another column's value, e.g. a rating's dimension on the
 * ratee type. A value outside the allowed list is INCONSISTENT.
 */
public record AllowedBy(String column, Map<String, List<String>> values) {
  public List<String> allowedFor(String otherValue) {
    return values.getOrDefault(otherValue, List.of());
  }
}
