package jianfu.jobs.ingest.validate;

import java.util.List;
import jianfu.schemas.ReservedCode;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;

/**
 * A code the marts reserve for rows of their own (the contract's reserved codes, such as ALL) is
 * OUT_OF_RANGE in the columns it is reserved in, in any letter case: loaded, a department coded ALL
 * would be counted again in access_funnel's row of all departments.
 */
final class ReservedCodeCheck {

  private final SourceTable table;
  private final List<ReservedCode> reserved;

  ReservedCodeCheck(SourceTable table, List<ReservedCode> reserved) {
    this.table = table;
    this.reserved = reserved;
  }

  void check(SourceColumn column, Object value) {
    if (!(value instanceof String cell)) {
      return;
    }
    for (ReservedCode code : reserved) {
      if (code.isReservedIn(table, column) && code.matches(cell)) {
        throw new RowRejectedException(
            Reason.OUT_OF_RANGE,
            column.name(),
            QuotedCell.of(cell)
                + " is the reserved code "
                + code.code()
                + " (in any letter case), which names "
                + code.meaning()
                + "; give this row another code");
      }
    }
  }
}
