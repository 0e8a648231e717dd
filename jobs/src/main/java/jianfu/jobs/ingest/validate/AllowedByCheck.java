package jianfu.jobs.ingest.validate;

import java.util.List;
import jianfu.jobs.ingest.read.ColumnValues;
import jianfu.schemas.AllowedBy;
import jianfu.schemas.SourceColumn;

/**
 * A value another column does not allow (a rating dimension of the other ratee type) is
 * INCONSISTENT (decisions.md Ingestion 6).
 */
final class AllowedByCheck implements RowRule {

  @Override
  public boolean appliesTo(SourceColumn column) {
    return column.allowedBy() != null;
  }

  @Override
  public void check(SourceColumn column, ColumnValues<Object> row) {
    AllowedBy allowedBy = column.allowedBy();
    Object value = row.get(column.name());
    String other = RowRule.text(row.get(allowedBy.column()));
    if (value == null || other == null) {
      return;
    }
    List<String> allowed = allowedBy.allowedFor(other);
    if (!allowed.contains(RowRule.text(value))) {
      throw new RowRejectedException(
          Reason.INCONSISTENT,
          column.name(),
          column.name()
              + " "
              + value
              + " is not allowed when "
              + allowedBy.column()
              + " is "
              + other
              + " (allowed: "
              + String.join(", ", allowed)
              + ")");
    }
  }
}
