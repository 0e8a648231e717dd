package jianfu.jobs.ingest.validate;

import jianfu.jobs.ingest.read.ColumnValues;
import jianfu.schemas.Condition;
import jianfu.schemas.SourceColumn;

/**
 * An empty cell where the row's other values require one is INCONSISTENT, as the contract's example
 * has it ("reason missing for a rejection"): the row contradicts itself (decisions.md Ingestion 5).
 * The condition reads the typed value, so a boolean guard holds for {@code true}, {@code 1} and
 * {@code 是} alike.
 */
final class RequiredIfCheck implements RowRule {

  @Override
  public boolean appliesTo(SourceColumn column) {
    return column.requiredIf() != null || column.requiredUnless() != null;
  }

  @Override
  public void check(SourceColumn column, ColumnValues<Object> row) {
    if (row.get(column.name()) != null) {
      return;
    }
    Condition requiredIf = column.requiredIf();
    if (requiredIf != null && requiredIf.holds(RowRule.text(row.get(requiredIf.column())))) {
      throw inconsistent(column, "is required when " + ConditionText.of(requiredIf));
    }
    Condition requiredUnless = column.requiredUnless();
    if (requiredUnless != null
        && !requiredUnless.holds(RowRule.text(row.get(requiredUnless.column())))) {
      throw inconsistent(column, "is required unless " + ConditionText.of(requiredUnless));
    }
  }

  private static RowRejectedException inconsistent(SourceColumn column, String rule) {
    return new RowRejectedException(Reason.INCONSISTENT, column.name(), column.name() + " " + rule);
  }
}
