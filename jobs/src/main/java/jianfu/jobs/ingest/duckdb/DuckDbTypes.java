package jianfu.jobs.ingest.duckdb;

import java.util.stream.Collectors;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SqlTypes;

/**
 * DuckDB's names for the contract's portable types (SourceColumn.storedType(), OutputColumn.type);
 * the Parquet types follow from them: VARCHAR is a UTF-8 string, INTEGER INT32, BIGINT INT64,
 * DECIMAL(p,s) a decimal, DATE a date.
 */
public final class DuckDbTypes {

  private DuckDbTypes() {}

  /** A column definition for CREATE TABLE: "name" TYPE. */
  public static String column(String name, String portableType) {
    return DuckDb.identifier(name) + " " + SqlTypes.of(portableType);
  }

  /** The column definitions of a table the pipeline writes, for CREATE TABLE. */
  public static String columns(OutputTable table) {
    return table.columns().stream()
        .map(column -> column(column.name(), column.type()))
        .collect(Collectors.joining(", "));
  }
}
