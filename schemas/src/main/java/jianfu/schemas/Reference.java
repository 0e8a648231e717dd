package jianfu.schemas;

import java.util.List;
import java.util.Map;

/**
 * Where a code must be found. Exactly one form is used:
 *
 * <ul>
 *   <li>{@code table} (+ {@code level} for org_units, + {@code status} for applications);
 *   <li>{@code table: org_units, one_level_up_from: level}: the parent of an org;
 *   <li>{@code by} + {@code cases}: the target depends on another column (ratings).
 * </ul>
 *
 * <p>{@code onUnknown}, when set, names the warning a row gets when its code names no row of the
 * target: the row loads instead of being quarantined, since the reference only attributes it
 * (jobs/README.md, Warnings). A code naming a row of the wrong level or status still rejects the
 * row.
 */
public record Reference(
    String table,
    String level,
    List<String> status,
    String oneLevelUpFrom,
    String by,
    Map<String, Reference> cases,
    String onUnknown) {

  public static final String ORG_UNITS = "org_units";
  public static final String DEPARTMENTS = "departments";
  public static final String APPLICATIONS = "applications";

  public boolean isSwitch() {
    return by != null;
  }

  /** The reference that applies when the {@link #by} column holds {@code value}. */
  public Reference caseFor(String value) {
    return cases.get(value);
  }

  /** Tables this reference may point to. */
  public List<String> targetTables() {
    return isSwitch()
        ? cases.values().stream().map(Reference::table).distinct().toList()
        : List.of(table);
  }
}
