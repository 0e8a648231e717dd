package jianfu.dashboards.serving;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import jianfu.schemas.DuckDbSql;
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

  /**
   * {@code CREATE TABLE} with the contract's columns, names and types, in contract order, from the
   * Parquet files in the folder named one by one (DuckDbSql).
   */
  String createStatement() throws IOException {
    List<Path> files = files();
    if (files.isEmpty()) {
      throw new IOException(
          "cannot serve "
              + declaration.table()
              + ": "
              + parquetFolder
              + " holds no Parquet file (run the pipeline first)");
    }
    return "CREATE TABLE "
        + DuckDbSql.identifier(declaration.table())
        + " AS SELECT "
        + columns(declaration, this::value)
        + " FROM read_parquet("
        + DuckDbSql.fileList(files)
        + (folderColumn == null ? "" : ", filename = true")
        + ")";
  }

  /**
   * The Parquet files the table is read from: those in the folder, or those in each of its
   * subfolders, in the order of their names.
   */
  List<Path> files() throws IOException {
    if (folderColumn == null) {
      return DuckDbSql.parquetFilesIn(parquetFolder);
    }
    if (!Files.isDirectory(parquetFolder)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> subfolders = Files.list(parquetFolder)) {
      for (Path subfolder : subfolders.filter(Files::isDirectory).sorted().toList()) {
        files.addAll(DuckDbSql.parquetFilesIn(subfolder));
      }
    }
    return files;
  }

  /**
   * The select list of a served table: each declared column, in order, cast to its declared type
   * from the expression {@code source} gives for its name.
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
                        + DuckDbSql.identifier(c.name()))
            .toList());
  }

  private String value(String column) {
    return column.equals(folderColumn)
        ? "parse_filename(parse_dirpath(filename))"
        : DuckDbSql.identifier(column);
  }
}
