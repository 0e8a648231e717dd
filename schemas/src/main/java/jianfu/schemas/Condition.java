package jianfu.schemas;

import java.util.List;

/** "column's value is one of in": the guard of a conditional rule. */
public record Condition(String column, List<String> in) {
  public boolean holds(String value) {
    return value != null && in.contains(value);
  }
}
