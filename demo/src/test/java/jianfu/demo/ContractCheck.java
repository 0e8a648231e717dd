package jianfu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jianfu.schemas.AllowedBy;
import jianfu.schemas.Condition;
import jianfu.schemas.Reference;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;
import jianfu.schemas.SourceType;

/**
 * A test oracle: the rules of the declared contract, applied to one CSV row of the demo, naming the
 * reasons (jobs/README.md, Bad-input corpus) the row breaks, and the warnings (v2) a burden record
 * loads with: an application or department that does not resolve, a year outside the reporting
 * years. References resolve against the demo's own valid rows; the reporting years are those of
 * returns.
 */
final class ContractCheck {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");
  private static final Set<String> BOOLEANS = Set.of("true", "false", "1", "0", "是", "否");
  private static final String ORGANISATIONS = "social_organisations";
  private static final List<String> LEVELS = List.of("DISTRICT", "STREET", "COMMUNITY");
  private static final Set<String> BURDEN_TABLES =
      Set.of("work_items", "ledgers", "signboards", "activities");
  private static final Map<String, String> UNRESOLVED =
      Map.of(
          Reference.APPLICATIONS, "UNRESOLVED_APPROVAL",
          Reference.DEPARTMENTS, "UNRESOLVED_DEPARTMENT");

  private final Map<String, String> orgLevels = new HashMap<>();
  private final Set<String> departments;
  private final Map<String, String> applicationStatuses = new HashMap<>();
  private final Set<String> reportingYears;
  private final Set<String> entrustmentAgreements;
  private final Map<String, Map<String, String>> organisations = new HashMap<>();

  ContractCheck(DemoFolder demo) {
    demo.rows("org_units").forEach(o -> orgLevels.put(o.get("org_code"), o.get("level")));
    departments =
        Set.copyOf(demo.rows("departments").stream().map(d -> d.get("dept_code")).toList());
    demo.rows("applications")
        .forEach(a -> applicationStatuses.put(a.get("application_id"), a.get("status")));
    reportingYears = Set.copyOf(demo.rows("returns").stream().map(r -> r.get("year")).toList());
    entrustmentAgreements =
        Set.copyOf(
            demo.rows("entrustment_agreements").stream().map(a -> a.get("agreement_id")).toList());
    demo.rows(ORGANISATIONS).forEach(o -> organisations.put(o.get("org_id"), o));
  }

  /** The reasons the row breaks, in no particular order; empty when it is valid. */
  List<String> violations(SourceTable table, List<String> cells) {
    List<String> reasons = new ArrayList<>();
    if (cells.size() != table.columns().size()) {
      reasons.add("BAD_ROW");
      return reasons;
    }
    Map<String, String> row = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      row.put(table.columns().get(i).name(), cells.get(i));
    }
    for (SourceColumn column : table.columns()) {
      String value = row.get(column.name());
      if (value.isEmpty()) {
        if (table.isRequired(column)) {
          reasons.add("MISSING_FIELD");
        } else if (holds(column.requiredIf(), row)
            || (column.requiredUnless() != null && !holds(column.requiredUnless(), row))) {
          reasons.add("INCONSISTENT");
        }
        continue;
      }
      String typeReason = typeViolation(column, value);
      if (typeReason != null) {
        reasons.add(typeReason);
        continue;
      }
      if (column.emptyUnless() != null && !holds(column.emptyUnless(), row)) {
        reasons.add("INCONSISTENT");
      }
      if (column.notBefore() != null
          && !row.get(column.notBefore()).isEmpty()
          && value.compareTo(row.get(column.notBefore())) < 0) {
        reasons.add("INCONSISTENT");
      }
      if (!allowed(column.allowedBy(), value, row)) {
        reasons.add("INCONSISTENT");
      }
      if (column.references() != null && !resolves(column.references(), value, row)) {
        reasons.add(unresolved(table, column.references()));
      } else if (column.references() != null && contradicts(column.references(), value)) {
        reasons.add("INCONSISTENT");
      }
    }
    if (BURDEN_TABLES.contains(table.table()) && outOfPeriod(row)) {
      reasons.add("OUT_OF_PERIOD");
    }
    return reasons;
  }

  /** A burden record is not lost for a reference that only attributes it: it loads, warned. */
  private static String unresolved(SourceTable table, Reference reference) {
    return BURDEN_TABLES.contains(table.table())
        ? UNRESOLVED.getOrDefault(reference.table(), "UNKNOWN_REFERENCE")
        : "UNKNOWN_REFERENCE";
  }

  /** The record's year (activities: of held_on; signboards have none) is no reporting year. */
  private boolean outOfPeriod(Map<String, String> row) {
    String year = row.containsKey("year") ? row.get("year") : row.get("held_on");
    return year != null && year.length() >= 4 && !reportingYears.contains(year.substring(0, 4));
  }

  /** The key of a row, as the values of the table's key columns. */
  static List<String> key(SourceTable table, List<String> cells) {
    List<String> columns = table.columnNames();
    return table.key().stream().map(k -> cells.get(columns.indexOf(k))).toList();
  }

  private static String typeViolation(SourceColumn column, String value) {
    return switch (column.type()) {
      case STRING -> null;
      case ENUM -> column.values().contains(value) ? null : "BAD_ENUM";
      case BOOLEAN -> BOOLEANS.contains(value) ? null : "BAD_TYPE";
      case DATE -> isDate(value) ? null : "BAD_TYPE";
      case INT, DECIMAL -> numberViolation(column, value);
    };
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value, DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String numberViolation(SourceColumn column, String value) {
    BigDecimal number;
    try {
      number = new BigDecimal(value);
    } catch (NumberFormatException e) {
      return "BAD_TYPE";
    }
    boolean wellFormed =
        column.type() == SourceType.INT
            ? WHOLE_NUMBER.matcher(value).matches()
            : number.scale() <= column.scale();
    if (!wellFormed) {
      return "BAD_TYPE";
    }
    boolean belowMin = column.min() != null && number.compareTo(column.min()) < 0;
    boolean aboveMax = column.max() != null && number.compareTo(column.max()) > 0;
    return belowMin || aboveMax ? "OUT_OF_RANGE" : null;
  }

  private static boolean holds(Condition condition, Map<String, String> row) {
    return condition != null && condition.holds(row.get(condition.column()));
  }

  private static boolean allowed(AllowedBy allowedBy, String value, Map<String, String> row) {
    if (allowedBy == null) {
      return true;
    }
    return allowedBy.allowedFor(row.get(allowedBy.column())).contains(value);
  }

  private boolean resolves(Reference reference, String value, Map<String, String> row) {
    if (reference.isSwitch()) {
      Reference chosen = reference.caseFor(row.get(reference.by()));
      return chosen != null && resolves(chosen, value, row);
    }
    return switch (reference.table()) {
      case Reference.DEPARTMENTS -> departments.contains(value);
      case ORGANISATIONS -> organisations.containsKey(value);
      case Reference.APPLICATIONS ->
          applicationStatuses.containsKey(value)
              && (reference.status() == null
                  || reference.status().isEmpty()
                  || reference.status().contains(applicationStatuses.get(value)));
      case "entrustment_agreements" -> entrustmentAgreements.contains(value);
      default -> orgOfLevel(reference, value, row);
    };
  }

  /** The row named fails the reference's where: only organisations carry one here. */
  private boolean contradicts(Reference reference, String value) {
    Condition where = reference.where();
    return where != null
        && !where.holds(organisations.getOrDefault(value, Map.of()).get(where.column()));
  }

  private boolean orgOfLevel(Reference reference, String value, Map<String, String> row) {
    String level = orgLevels.get(value);
    if (level == null) {
      return false;
    }
    if (reference.oneLevelUpFrom() != null) {
      int own = LEVELS.indexOf(row.get(reference.oneLevelUpFrom()));
      return LEVELS.indexOf(level) == own - 1;
    }
    return reference.level() == null || reference.level().contains(level);
  }
}
