package jianfu.dashboards.serving;

import java.nio.file.Path;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SqlTypes;

/**
 * A table of the served database and the Parquet folder it is loaded from. {@code folderColumn},
 * when set, names the column that is not in the files but is the name of the subfolder each file is
 * in: the folder then holds one subfolder per source table ({@code warnings/T/}).
 */
record ServedTable(OutputTable declaration, Path parquetFolder, String folderColumn) {

  /** A table whose files are directly in {@code parquetFolder}. */
  ServedTable(OutputTable declaration, Path parquetFolder) {
    this(declaration, parquetFolder, null);
  }

  /** A table gathered from the subfolders of {@code parquetFolder}, named in {@code column}. */
  static ServedTable perSubfolder(OutputTable declaration, Path parquetFolder, String column) {
    return new ServedTable(declaration, parquetFolder, column);
  }

  /** {@code CREATE TABLE} with the contract's columns, names and types, in contract order. */
  String createStatement() {
    String columns =
        String.join(
            ", ",
            declaration.columns().stream()
                .map(
                    c ->
                        "CAST("
                            + value(c)
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
        + literal(files().toString())
        + (folderColumn == null ? "" : ", filename = true")
        + ")";
  }

  /** The Parquet files the table is read from (a glob). */
  Path files() {
    return folderColumn == null
        ? parquetFolder.resolve("*.parquet")
        : parquetFolder.resolve("*").resolve("*.parquet");
  }

  private String value(OutputColumn column) {
    return column.name().equals(folderColumn)
        ? "parse_filename(parse_dirpath(filename))"
        : quote(column.name());
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
