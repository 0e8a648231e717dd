package jianfu.jobs.ingest.validate;

import java.util.Map;
import jianfu.schemas.SourceColumn;

/** A rule that relates a column's value to other values of its row. */
interface RowRule {

  /**
   * Throws RowRejectedException when {@code column}'s value in {@code row} breaks the rule.
   *
   * @param row the row's typed values by column name
   */
  void check(SourceColumn column, Map<String, Object> row);

  /** A value as the text the contract's conditions compare with. */
  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
