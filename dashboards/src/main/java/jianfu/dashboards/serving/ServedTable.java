package jianfu.dashboards.serving;

import java.nio.file.Path;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SqlTypes;

/** A table of the served database and the Parquet folder it is loaded from. */
record ServedTable(OutputTable declaration, Path parquetFolder) {

  /** {@code CREATE TABLE} with the contract's columns, names and types, in contract order. */
  String createStatement() {
    String columns =
        String.join(
            ", ",
            declaration.columns().stream()
                .map(
                    c ->
                        "CAST("
                            + quote(c.name())
                            + " AS "
                            + SqlTypes.of(c.type())
                            + ") AS "
                            + quote(c.name()))
                .toList());
    return "CREATE TABLE "
        + quote(declaration.table())
        + " AS SELECT "
        + columns
        + " FROM read_parquet("
        + literal(parquetFolder.resolve("*.parquet").toString())
        + ")";
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
