package jianfu.jobs.ingest.validate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import jianfu.schemas.Contract;
import jianfu.schemas.Reference;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;

/**
 * A code that names no loaded row, or a row of the wrong level or status, is UNKNOWN_REFERENCE
 * (decisions.md Ingestion 6 and 7). References to other tables are checked row by row; a table's
 * references to itself need the whole table and are checked when it is published.
 */
public final class ReferenceCheck implements RowRule {

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

  @Override
  public void check(SourceColumn column, Map<String, Object> row) {
    Reference declared = column.references();
    String code = RowRule.text(row.get(column.name()));
    if (declared == null || code == null) {
      return;
    }
    Reference reference =
        declared.isSwitch() ? declared.caseFor(RowRule.text(row.get(declared.by()))) : declared;
    if (reference == null || !checkedTargets.test(reference.table())) {
      return;
    }
    problem(reference, code, row)
        .ifPresent(
            problem -> {
              throw new RowRejectedException(
                  Reason.UNKNOWN_REFERENCE,
                  column.name(),
                  column.name() + " " + QuotedCell.of(code) + " " + problem);
            });
  }

  private Optional<String> problem(Reference reference, String code, Map<String, Object> row) {
    Optional<Map<String, String>> target = data.find(reference.table(), code);
    if (target.isEmpty()) {
      return Optional.of("names no loaded " + reference.table() + " row");
    }
    String level = target.get().get(ReferenceData.LEVEL);
    if (reference.level() != null && !reference.level().equals(level)) {
      return Optional.of("is a " + level + ", a " + reference.level() + " is required");
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
    String status = target.get().get(ReferenceData.STATUS);
    if (reference.status() != null && !reference.status().contains(status)) {
      return Optional.of("is " + status + ", not " + String.join(" or ", reference.status()));
    }
    return Optional.empty();
  }

  /** The level one up from {@code level}: the level column lists levels from the top down. */
  private String levelAbove(String table, String level) {
    List<String> levels = contract.source(table).column(ReferenceData.LEVEL).values();
    int position = levels.indexOf(level);
    return position > 0 ? levels.get(position - 1) : null;
  }
}
