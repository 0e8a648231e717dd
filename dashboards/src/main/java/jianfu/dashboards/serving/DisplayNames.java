package jianfu.dashboards.serving;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a reader sees for a code of an org unit or a department: its name from the served names
 * table ({@code area_names}, {@code department_names}: the name, with the code after it where two
 * share a name), the code itself where the run has no name for it. Every view that shows such a
 * code asks here by the code's column name (the report's chart axes, the Superset datasets' name
 * columns), so a new chart or dataset with such a column gets names without more code.
 */
public enum DisplayNames {
  AREA("area_names", "org_code", "area_name", List.of("org_code", "street_code", "area_code")),
  DEPARTMENT("department_names", "dept_code", "department_name", List.of("dept_code"));

  private final String namesTable;
  private final String keyColumn;
  private final String nameColumn;
  private final List<String> codeColumns;

  DisplayNames(String namesTable, String keyColumn, String nameColumn, List<String> codeColumns) {
    this.namesTable = namesTable;
    this.keyColumn = keyColumn;
    this.nameColumn = nameColumn;
    this.codeColumns = codeColumns;
  }

  /**
   * The names of the codes a column of that name holds, if it holds org unit or department codes.
   */
  public static Optional<DisplayNames> ofCodeColumn(String column) {
    return Arrays.stream(values()).filter(names -> names.codeColumns.contains(column)).findFirst();
  }

  /** Whether {@code table} is one of the served names tables. */
  public static boolean isNamesTable(String table) {
    return Arrays.stream(values()).anyMatch(names -> names.namesTable.equals(table));
  }

  /** The column beside a code column that shows its name, e.g. street_name for street_code. */
  public static String nameColumnFor(String codeColumn) {
    return codeColumn.replaceFirst("_code$", "_name");
  }

  /** The served table of the names. */
  public String namesTable() {
    return namesTable;
  }

  /** {@code SELECT code, name} of every code the names table knows. */
  public String namesQuery() {
    return "SELECT " + keyColumn + " AS code, " + nameColumn + " AS name FROM " + namesTable;
  }

  /**
   * A SQL expression of the name of the code in {@code qualifiedCode} (a column qualified by its
   * table, since the names table has a code column too), or the code where it has no name.
   */
  public String of(String qualifiedCode) {
    return "coalesce((SELECT names.%s FROM %s AS names WHERE names.%s = %s), %s)"
        .formatted(nameColumn, namesTable, keyColumn, qualifiedCode, qualifiedCode);
  }
}
