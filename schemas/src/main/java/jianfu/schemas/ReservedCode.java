package jianfu.schemas;

import java.util.List;
import java.util.Locale;

/**
 * A code the marts give rows of their own (access_funnel's dept_code {@code ALL}), so data may not
 * use it in the columns listed: a department coded {@code ALL} would be counted with the marts' row
 * of every department. It is matched in any letter case, since {@code all} and {@code ALL} read as
 * the same code to whoever reads a mart.
 *
 * @param code the code as the marts write it
 * @param meaning what the code names in the marts, as a message can quote it
 * @param columns the columns it is refused in, as {@code table.column}
 */
public record ReservedCode(String code, String meaning, List<String> columns) {

  public ReservedCode {
    columns = List.copyOf(columns);
  }

  /** Whether the code is reserved in {@code column} of {@code table}. */
  public boolean isReservedIn(SourceTable table, SourceColumn column) {
    return columns.contains(table.table() + "." + column.name());
  }

  /** Whether a (trimmed) cell is this code, in any letter case. */
  public boolean matches(String cell) {
    return cell.toUpperCase(Locale.ROOT).equals(code.toUpperCase(Locale.ROOT));
  }
}
