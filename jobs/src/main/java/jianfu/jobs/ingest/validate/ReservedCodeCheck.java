package jianfu.jobs.ingest.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jianfu.schemas.ReservedCode;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;

/**
 * A code the marts reserve for rows of their own (the contract's reserved codes, such as ALL) is
 * OUT_OF_RANGE in the columns it is reserved in, in any letter case: loaded, a department coded ALL
 * would be counted again in access_funnel's row of all departments.
 */
final class ReservedCodeCheck {

  /** The codes reserved in each column of the table that has any, by column name. */
  private final Map<String, List<ReservedCode>> reservedByColumn = new HashMap<>();

  ReservedCodeCheck(SourceTable table, List<ReservedCode> reserved) {
    for (SourceColumn column : table.columns()) {
      List<ReservedCode> codes =
          reserved.stream().filter(code -> code.isReservedIn(table, column)).toList();
      if (!codes.isEmpty()) {
        reservedByColumn.put(column.name(), codes);
      }
    }
  }

  void check(SourceColumn column, Object value) {
    if (!(value instanceof String cell) || !reservedByColumn.containsKey(column.name())) {
      return;
    }
    for (ReservedCode code : reservedByColumn.get(column.name())) {
      if (code.matches(cell)) {
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
