package jianfu.jobs.ingest.validate;

import jianfu.jobs.ingest.read.ColumnValues;
import jianfu.schemas.SourceColumn;

/** A rule that relates a column's value to other values of its row. */
interface RowRule {

  /** Whether {@code column} declares the rule: the validator checks only the columns that do. */
  boolean appliesTo(SourceColumn column);

  /**
   * Throws RowRejectedException when {@code column}'s value in {@code row} breaks the rule.
   *
   * @param row the row's typed values
   */
  void check(SourceColumn column, ColumnValues<Object> row);

  /** A value as the text the contract's conditions compare with. */
  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
