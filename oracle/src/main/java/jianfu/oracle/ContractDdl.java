package jianfu.oracle;

import java.util.stream.Collectors;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;
import jianfu.schemas.SqlTypes;

/** DuckDB DDL for a source table: its contract columns with their stored types. */
public final class ContractDdl {

  private ContractDdl() {}

  public static String createTable(SourceTable table) {
    return table.columns().stream()
        .map(column -> column.name() + " " + SqlTypes.of(column.storedType()))
        .collect(Collectors.joining(", ", "CREATE TABLE " + table.table() + " (", ")"));
  }

  public static String columnList(SourceTable table) {
    return table.columns().stream().map(SourceColumn::name).collect(Collectors.joining(", "));
  }
}
