package jianfu.jobs.ingest.validate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import jianfu.jobs.ingest.read.ColumnValues;
import jianfu.schemas.Condition;
import jianfu.schemas.Contract;
import jianfu.schemas.Reference;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;

/**
 * A code that names no loaded row, or a row of the wrong level or status, is UNKNOWN_REFERENCE
 * (decisions.md Ingestion 6 and 7), except that a code naming no row of a reference declaring
 * {@code on_unknown} only warns: the reference attributes the row, and the row loads. A code naming
 * a row that fails the reference's {@code where} is INCONSISTENT: the row it names exists, but
 * contradicts it (an association's contribution from an organisation of another category).
 * References to other tables are checked row by row; a table's references to itself need the whole
 * table and are checked when it is published.
 */
public final class ReferenceCheck {

  private final Contract contract;
  private final ReferenceData data;
  private final Predicate<String> checkedTargets;

  private ReferenceCheck(Contract contract, ReferenceData data, Predicate<String> checkedTargets) {
    this.contract = contract;
    this.data = data;
    this.checkedTargets = checkedTargets;
  }

  /** Checks {@code table}'s references to other tables against {@code data}. */
  public static ReferenceCheck toOtherTables(
      Contract contract, SourceTable table, ReferenceData data) {
    return new ReferenceCheck(contract, data, target -> !target.equals(table.table()));
  }

  /** Checks {@code table}'s references to itself against {@code data}. */
  public static ReferenceCheck toItself(Contract contract, SourceTable table, ReferenceData data) {
    return new ReferenceCheck(contract, data, target -> target.equals(table.table()));
  }

  /**
   * Checks {@code column}'s reference, whose value is {@code value}, in {@code row}: throws
   * RowRejectedException when it rejects the row, returns the warning when it names nothing and
   * only warns.
   */
  public Optional<RowWarning> check(SourceColumn column, Object value, ColumnValues<Object> row) {
    Reference declared = column.references();
    if (declared == null || value == null) {
      return Optional.empty();
    }
    String code = RowRule.text(value);
    Reference reference =
        declared.isSwitch() ? declared.caseFor(RowRule.text(row.get(declared.by()))) : declared;
    if (reference == null || !checkedTargets.test(reference.table())) {
      return Optional.empty();
    }
    Optional<Map<String, String>> target = data.find(reference.table(), code);
    if (target.isEmpty() && reference.onUnknown() != null) {
      return Optional.of(
          new RowWarning(
              reference.onUnknown(),
              column.name(),
              describe(column, code, unknown(reference) + "; the row loads, attributed to none")));
    }
    Optional<String> problem =
        target.isEmpty() ? Optional.of(unknown(reference)) : problem(reference, target.get(), row);
    if (problem.isPresent()) {
      throw new RowRejectedException(
          Reason.UNKNOWN_REFERENCE, column.name(), describe(column, code, problem.get()));
    }
    Condition where = reference.where();
    String found = where == null ? null : target.get().get(where.column());
    if (where != null && !where.holds(found)) {
      throw new RowRejectedException(
          Reason.INCONSISTENT,
          column.name(),
          describe(
              column,
              code,
              "names a "
                  + reference.table()
                  + " row whose "
                  + where.column()
                  + " is "
                  + found
                  + "; it must name one whose "
                  + ConditionText.of(where)));
    }
    return Optional.empty();
  }

  private static String unknown(Reference reference) {
    return "names no loaded " + reference.table() + " row";
  }

  private static String describe(SourceColumn column, String code, String problem) {
    return column.name() + " " + QuotedCell.of(code) + " " + problem;
  }

  private Optional<String> problem(
      Reference reference, Map<String, String> target, ColumnValues<Object> row) {
    String level = target.get(Reference.LEVEL_COLUMN);
    if (reference.level() != null && !reference.level().contains(level)) {
      return Optional.of(
          "is a " + level + ", a " + String.join(" or a ", reference.level()) + " is required");
    }
    if (reference.oneLevelUpFrom() != null) {
      String own = RowRule.text(row.get(reference.oneLevelUpFrom()));
      String required = levelAbove(reference.table(), own);
      if (!Objects.equals(required, level)) {
        return Optional.of(
            "is a "
                + level
                + ", not one level up from "
                + own
                + (required == null ? " (nothing is)" : " (a " + required + ")"));
      }
    }
    String status = target.get(Reference.STATUS_COLUMN);
    if (reference.status() != null && !reference.status().contains(status)) {
      return Optional.of("is " + status + ", not " + String.join(" or ", reference.status()));
    }
    return Optional.empty();
  }

  /** The level one up from {@code level}: the level column lists levels from the top down. */
  private String levelAbove(String table, String level) {
    List<String> levels = contract.source(table).column(Reference.LEVEL_COLUMN).values();
    int position = levels.indexOf(level);
    return position > 0 ? levels.get(position - 1) : null;
  }
}
