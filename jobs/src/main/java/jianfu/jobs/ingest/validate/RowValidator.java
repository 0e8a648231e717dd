package jianfu.jobs.ingest.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jianfu.jobs.ingest.read.SourceRow;
import jianfu.schemas.ReservedCode;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks a row against its table's declared rules, in the order of decisions.md Ingestion 4: per
 * column in contract order missing, type, enum, range (and reserved codes); then the rules between
 * columns; then references and the reporting years. The first failure rejects the row; a row that
 * passes comes out typed, with the warnings of the references that only attribute it and of a year
 * outside the reporting years.
 */
public class RowValidator implements ItemProcessor<SourceRow, ValidRow> {

  private static final List<RowRule> BETWEEN_COLUMNS =
      List.of(
          new RequiredIfCheck(),
          new EmptyUnlessCheck(),
          new NotBeforeCheck(),
          new AllowedByCheck());

  private final SourceTable table;
  private final PresenceCheck presence;
  private final CellParser parser = new CellParser();
  private final EnumCheck enums = new EnumCheck();
  private final RangeCheck ranges = new RangeCheck();
  private final ReservedCodeCheck reservedCodes;
  private final ReferenceCheck references;
  private final ReportingYearCheck reportingYears;

  /**
   * @param reserved the contract's reserved codes (Contract.reservedCodes()); each is checked in
   *     the columns of {@code table} it names
   */
  public RowValidator(
      SourceTable table,
      List<ReservedCode> reserved,
      ReferenceCheck references,
      ReportingYearCheck reportingYears) {
    this.table = table;
    this.presence = new PresenceCheck(table);
    this.reservedCodes = new ReservedCodeCheck(table, reserved);
    this.references = references;
    this.reportingYears = reportingYears;
  }

  @Override
  public ValidRow process(SourceRow row) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (SourceColumn column : table.columns()) {
      values.put(column.name(), value(column, row.cells()));
    }
    // Plain loops, no lambdas: a lambda capturing per row costs an allocation through a method
    // handle under C1, which ingestion runs on (about 4% of its CPU at city scale).
    for (SourceColumn column : table.columns()) {
      for (RowRule rule : BETWEEN_COLUMNS) {
        rule.check(column, values);
      }
    }
    List<RowWarning> warnings = new ArrayList<>();
    for (SourceColumn column : table.columns()) {
      addIfAny(warnings, references.check(column, values));
      addIfAny(warnings, reportingYears.check(column, values.get(column.name())));
    }
    return new ValidRow(row.sourceFile(), row.line(), row.rawRecord(), values, warnings);
  }

  private static void addIfAny(List<RowWarning> warnings, Optional<RowWarning> warning) {
    if (warning.isPresent()) {
      warnings.add(warning.get());
    }
  }

  private Object value(SourceColumn column, Map<String, String> cells) {
    String cell = cells.get(column.name());
    if (cell == null) {
      presence.checkEmpty(column);
      return null;
    }
    Object value = parser.parse(column, cell);
    enums.check(column, value);
    ranges.check(column, value);
    reservedCodes.check(column, value);
    return value;
  }
}
