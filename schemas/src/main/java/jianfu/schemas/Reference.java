package jianfu.schemas;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a code must be found. Exactly one form is used:
 *
 * <ul>
 *   <li>{@code table} (+ {@code level} for org_units: one level or a list, + {@code status} for
 *       applications, + {@code where} for any table);
 *   <li>{@code table: org_units, one_level_up_from: level}: the parent of an org;
 *   <li>{@code by} + {@code cases}: the target depends on another column (ratings).
 * </ul>
 *
 * <p>{@code onUnknown}, when set, names the warning a row gets when its code names no row of the
 * target: the row loads instead of being quarantined, since the reference only attributes it
 * (jobs/README.md, Warnings). A code naming a row of the wrong level or status still rejects the
 * row. {@code where} asks the row named for a value ({@code where: {column: category, in:
 * [SELF_GOVERNANCE]}}): the code names the row, but the row contradicts it, so it is rejected as
 * inconsistent rather than as unknown.
 */
public record Reference(
    String table,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> level,
    List<String> status,
    Condition where,
    String oneLevelUpFrom,
    String by,
    Map<String, Reference> cases,
    String onUnknown) {

  public static final String DEPARTMENTS = "departments";
  public static final String APPLICATIONS = "applications";

  /** {@link #level} and {@link #oneLevelUpFrom} compare the target's column of this name. */
  public static final String LEVEL_COLUMN = "level";

  /** {@link #status} compares the target's column of this name. */
  public static final String STATUS_COLUMN = "status";

  public boolean isSwitch() {
    return by != null;
  }

  /** The reference that applies when the {@link #by} column holds {@code value}. */
  public Reference caseFor(String value) {
    return cases.get(value);
  }

  /** Tables this reference may point to. */
  public List<String> targetTables() {
    return forms().stream().map(Reference::table).distinct().toList();
  }

  /** The columns of {@code target}'s rows this reference compares, besides their key. */
  public List<String> columnsAskedOf(String target) {
    List<String> asked = new ArrayList<>();
    for (Reference form : forms()) {
      if (!form.table().equals(target)) {
        continue;
      }
      if (form.level() != null || form.oneLevelUpFrom() != null) {
        asked.add(LEVEL_COLUMN);
      }
      if (form.status() != null) {
        asked.add(STATUS_COLUMN);
      }
      if (form.where() != null) {
        asked.add(form.where().column());
      }
    }
    return asked.stream().distinct().toList();
  }

  /** The plain references this one is made of: its cases, or itself. */
  private List<Reference> forms() {
    return isSwitch() ? List.copyOf(cases.values()) : List.of(this);
  }
}
