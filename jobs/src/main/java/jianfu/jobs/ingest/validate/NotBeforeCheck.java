package jianfu.jobs.ingest.validate;

import java.time.LocalDate;
import jianfu.jobs.ingest.read.ColumnValues;
import jianfu.schemas.SourceColumn;

/** A date before the date it must follow is INCONSISTENT (decisions.md Ingestion 5). */
final class NotBeforeCheck implements RowRule {

  @Override
  public boolean appliesTo(SourceColumn column) {
    return column.notBefore() != null;
  }

  @Override
  public void check(SourceColumn column, ColumnValues<Object> row) {
    if (!(row.get(column.name()) instanceof LocalDate date)
        || !(row.get(column.notBefore()) instanceof LocalDate earliest)) {
      return;
    }
    if (date.isBefore(earliest)) {
      throw new RowRejectedException(
          Reason.INCONSISTENT,
          column.name(),
          column.name() + " " + date + " is before " + column.notBefore() + " " + earliest);
    }
  }
}
