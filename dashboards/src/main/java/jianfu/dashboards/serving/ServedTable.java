package jianfu.dashboards.serving;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SqlTypes;

/**
 * A table of the served database and the Parquet folder it is loaded from. {@code folderColumn},
 * when set, is a column the files do not hold: each file sits in a subfolder of {@code
 * parquetFolder} whose name is that column's value ({@code warnings/<table>/}). A table that is not
 * {@code required} is served empty when its folder holds no Parquet file (an output written before
 * the table existed, or a test output without raw tables).
 */
record ServedTable(
    OutputTable declaration, Path parquetFolder, String folderColumn, boolean required) {

  /** A required table loaded from the Parquet files of one folder. */
  ServedTable(OutputTable declaration, Path parquetFolder) {
    this(declaration, parquetFolder, null, true);
  }

  /** The glob of the table's Parquet files. */
  Path files() {
    return folderColumn == null
        ? parquetFolder.resolve("*.parquet")
        : parquetFolder.resolve("*").resolve("*.parquet");
  }

  /** Whether there is at least one Parquet file to load. */
  boolean hasFiles() throws IOException {
    if (!Files.isDirectory(parquetFolder)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(parquetFolder, folderColumn == null ? 1 : 2)) {
      return files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"));
    }
  }

  /**
   * {@code CREATE TABLE} with the contract's columns, names and types, in contract order; with no
   * file to load, the same table empty.
   */
  String createStatement() throws IOException {
    boolean loaded = hasFiles();
    String from =
        loaded
            ? " FROM read_parquet("
                + literal(files().toString())
                + (folderColumn == null ? ")" : ", filename = true)")
            : " WHERE false";
    return "CREATE TABLE "
        + quote(declaration.table())
        + " AS SELECT "
        + columns(declaration, column -> loaded ? source(column) : "NULL")
        + from;
  }

  /**
   * The select list of a served table: each declared column, in order, cast to its declared type
   * from the expression {@code source} gives for it.
   */
  static String columns(OutputTable declaration, UnaryOperator<String> source) {
    return String.join(
        ", ",
        declaration.columns().stream()
            .map(
                c ->
                    "CAST("
                        + source.apply(c.name())
                        + " AS "
                        + SqlTypes.of(c.type())
                        + ") AS "
                        + quote(c.name()))
            .toList());
  }

  private String source(String column) {
    return column.equals(folderColumn)
        ? "parse_filename(parse_dirpath(filename))" // warnings/<table>/<file>.parquet
        : quote(column);
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
