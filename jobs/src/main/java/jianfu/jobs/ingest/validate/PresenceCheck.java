package jianfu.jobs.ingest.validate;

import java.util.Map;
import jianfu.schemas.Condition;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;

/**
 * An empty cell where a value is required: MISSING_FIELD for keys and required columns; for a
 * conditional column whose condition says so, INCONSISTENT, as the contract's example has it
 * ("reason missing for a rejection"): the row contradicts itself (decisions.md Ingestion 1 and 5).
 */
final class PresenceCheck {

  private final SourceTable table;

  PresenceCheck(SourceTable table) {
    this.table = table;
  }

  /**
   * Checks an empty cell of {@code column}.
   *
   * @param cells the row's cells: a condition reads its column's text, whatever its type
   */
  void checkEmpty(SourceColumn column, Map<String, String> cells) {
    if (table.isRequired(column)) {
      throw missing(column, column.name() + " is required");
    }
    Condition requiredIf = column.requiredIf();
    if (requiredIf != null && requiredIf.holds(cells.get(requiredIf.column()))) {
      throw inconsistent(
          column, column.name() + " is required when " + ConditionText.of(requiredIf));
    }
    Condition requiredUnless = column.requiredUnless();
    if (requiredUnless != null && !requiredUnless.holds(cells.get(requiredUnless.column()))) {
      throw inconsistent(
          column, column.name() + " is required unless " + ConditionText.of(requiredUnless));
    }
  }

  private static RowRejectedException missing(SourceColumn column, String message) {
    return new RowRejectedException(Reason.MISSING_FIELD, column.name(), message);
  }

  private static RowRejectedException inconsistent(SourceColumn column, String message) {
    return new RowRejectedException(Reason.INCONSISTENT, column.name(), message);
  }
}
