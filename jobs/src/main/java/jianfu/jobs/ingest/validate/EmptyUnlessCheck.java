package jianfu.jobs.ingest.validate;

import jianfu.jobs.ingest.read.ColumnValues;
import jianfu.schemas.Condition;
import jianfu.schemas.SourceColumn;

/**
 * A value where the column must be empty ("required iff", "else empty") is INCONSISTENT
 * (decisions.md Ingestion 5).
 */
final class EmptyUnlessCheck implements RowRule {

  @Override
  public boolean appliesTo(SourceColumn column) {
    return column.emptyUnless() != null;
  }

  @Override
  public void check(SourceColumn column, ColumnValues<Object> row) {
    Condition emptyUnless = column.emptyUnless();
    if (row.get(column.name()) == null) {
      return;
    }
    String guard = RowRule.text(row.get(emptyUnless.column()));
    if (!emptyUnless.holds(guard)) {
      throw new RowRejectedException(
          Reason.INCONSISTENT,
          column.name(),
          column.name()
              + " must be empty unless "
              + ConditionText.of(emptyUnless)
              + " (it is "
              + guard
              + ")");
    }
  }
}
