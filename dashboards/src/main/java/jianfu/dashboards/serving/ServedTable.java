package jianfu.dashboards.serving;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SqlTypes;

/** A table of the served database and the Parquet folder it is loaded from. */
record ServedTable(OutputTable declaration, Path parquetFolder) {

  /**
   * {@code CREATE TABLE} with the contract's columns, names and types, in contract order, from the
   * Parquet files in the folder named one by one (DuckDbSql).
   */
  String createStatement() throws IOException {
    List<Path> files = DuckDbSql.parquetFilesIn(parquetFolder);
    if (files.isEmpty()) {
      throw new IOException(
          "cannot serve "
              + declaration.table()
              + ": "
              + parquetFolder
              + " holds no Parquet file (run the pipeline first)");
    }
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
        + DuckDbSql.fileList(files)
        + ")";
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
