package jianfu.jobs.ingest.validate;

import java.math.BigDecimal;
import jianfu.schemas.SourceColumn;

/** A number below the column's min or above its max is OUT_OF_RANGE. */
final class RangeCheck {

  void check(SourceColumn column, Object value) {
    if (!(value instanceof Number number) || (column.min() == null && column.max() == null)) {
      return;
    }
    BigDecimal decimal = new BigDecimal(number.toString());
    if (column.min() != null && decimal.compareTo(column.min()) < 0) {
      throw outOfRange(column, number + " is below the minimum " + column.min());
    }
    if (column.max() != null && decimal.compareTo(column.max()) > 0) {
      throw outOfRange(column, number + " is above the maximum " + column.max());
    }
  }

  private static RowRejectedException outOfRange(SourceColumn column, String message) {
    return new RowRejectedException(Reason.OUT_OF_RANGE, column.name(), message);
  }
}
