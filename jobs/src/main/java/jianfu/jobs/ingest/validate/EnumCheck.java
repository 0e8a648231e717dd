package jianfu.jobs.ingest.validate;

import jianfu.schemas.SourceColumn;

/** A value outside the column's declared values is BAD_ENUM. */
final class EnumCheck {

  void check(SourceColumn column, Object value) {
    if (!column.values().isEmpty() && !column.values().contains(value)) {
      throw new RowRejectedException(
          Reason.BAD_ENUM,
          column.name(),
          QuotedCell.of(value) + " is not one of " + String.join(", ", column.values()));
    }
  }
}
