package jianfu.jobs.ingest.validate;

import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;

/**
 * An empty cell in a key or required column is MISSING_FIELD (decisions.md Ingestion 1 and 5); a
 * column required only by a condition on the row's other values is RequiredIfCheck's.
 */
final class PresenceCheck {

  private final SourceTable table;

  PresenceCheck(SourceTable table) {
    this.table = table;
  }

  /** Checks an empty cell of {@code column}. */
  void checkEmpty(SourceColumn column) {
    if (table.isRequired(column)) {
      throw new RowRejectedException(
          Reason.MISSING_FIELD, column.name(), column.name() + " is required");
    }
  }
}
