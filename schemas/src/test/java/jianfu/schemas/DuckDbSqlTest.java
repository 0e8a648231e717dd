package jianfu.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Part of the hostile-input suite: paths whose characters mean something to DuckDB. */
class DuckDbSqlTest {

  /** A folder name holding every character that is SQL, URL or glob syntax somewhere. */
  private static final String HOSTILE = "it's \"q\" ;INIT=x a[1] *{a,b} 中文";

  @TempDir Path folder;

  @Test
  void aFileListReadsExactlyTheNamedFilesWhateverWildcardsTheirNamesHold() throws Exception {
    // given files whose names are patterns, beside the files those patterns would match
    Path hostile = Files.createDirectories(folder.resolve(HOSTILE));
    List<String> names =
        List.of("a[1].parquet", "a1.parquet", "s*.parquet", "sx.parquet", "q'.parquet");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement()) {
      for (String name : names) {
        statement.execute(
            "COPY (SELECT %s AS name) TO %s (FORMAT parquet)"
                .formatted(
                    DuckDbSql.literal(name), DuckDbSql.literal(hostile.resolve(name).toString())));
      }

      // then each pattern-like name reads only itself
      for (String name : List.of("a[1].parquet", "s*.parquet", "q'.parquet")) {
        assertThat(names(statement, List.of(hostile.resolve(name)))).containsExactly(name);
      }
      assertThat(
              names(
                  statement,
                  List.of(hostile.resolve("a[1].parquet"), hostile.resolve("a1.parquet"))))
          .containsExactlyInAnyOrder("a[1].parquet", "a1.parquet");
    }
  }

  @Test
  void anIdentifierNamesAColumnWhateverQuotesOrKeywordsItsNameHolds() throws Exception {
    List<String> columns = List.of("select", "it's \"q\"", "中文");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement()) {
      statement.execute(
          "CREATE TABLE t (%s VARCHAR, %s VARCHAR, %s VARCHAR)"
              .formatted(columns.stream().map(DuckDbSql::identifier).toArray()));
      statement.execute("INSERT INTO t VALUES ('a', 'b', 'c')");
      try (ResultSet row =
          statement.executeQuery("SELECT " + DuckDbSql.identifiers(columns) + " FROM t")) {
        row.next();
        assertThat(row.getMetaData().getColumnName(2)).isEqualTo("it's \"q\"");
        assertThat(List.of(row.getString(1), row.getString(2), row.getString(3)))
            .containsExactly("a", "b", "c");
      }
    }
  }

  @Test
  void aQuestionMarkInAFileNameMatchesOnlyItself() throws Exception {
    Path files = Files.createDirectories(folder.resolve("files"));
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement()) {
      for (String name : List.of("q?.parquet", "qx.parquet")) {
        statement.execute(
            "COPY (SELECT %s AS name) TO %s (FORMAT parquet)"
                .formatted(
                    DuckDbSql.literal(name), DuckDbSql.literal(files.resolve(name).toString())));
      }
      assertThat(names(statement, List.of(files.resolve("q?.parquet"))))
          .containsExactly("q?.parquet");
    }
  }

  @Test
  void parquetFilesInLeavesOutHiddenFilesFoldersAndOtherFiles() throws Exception {
    Path mart = Files.createDirectories(folder.resolve(HOSTILE).resolve("mart"));
    for (String name :
        List.of("part-0.parquet", "part-1.parquet", ".part-0.parquet.crc", "_SUCCESS", "x.csv")) {
      Files.writeString(mart.resolve(name), "");
    }
    Files.createDirectories(mart.resolve(".mart.writing-1.parquet"));

    assertThat(DuckDbSql.parquetFilesIn(mart))
        .containsExactly(mart.resolve("part-0.parquet"), mart.resolve("part-1.parquet"));
    assertThat(DuckDbSql.parquetFilesIn(folder.resolve("absent"))).isEmpty();
  }

  @Test
  void attachOpensTheDatabaseFileAtExactlyItsPathAndRunsNothingFromIt() throws Exception {
    // given a folder whose name would end a JDBC URL and start a setting
    Path hostile = Files.createDirectories(folder.resolve(HOSTILE));
    Path database = hostile.resolve("served.duckdb");

    // when
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement()) {
      statement.execute(DuckDbSql.attach(database, "served", "STORAGE_VERSION 'v1.0.0'"));
      statement.execute("CREATE TABLE served.t AS SELECT 42 AS answer");
      statement.execute("DETACH served");
      statement.execute(DuckDbSql.attach(database, "again", "READ_ONLY"));
      try (ResultSet row = statement.executeQuery("SELECT answer FROM again.t")) {
        row.next();
        assertThat(row.getInt(1)).isEqualTo(42);
      }
    }

    // then only that file (and its log) was written, nowhere else
    assertThat(filesUnder(folder)).allMatch(path -> path.startsWith(database.toString()));
  }

  @Test
  void databasePathsRefuseWhatDuckDbCannotCarryNamingTheCharacter() {
    assertThatThrownBy(() -> DuckDbSql.attach(folder.resolve("a?b/x.duckdb"), "x", "READ_ONLY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'?'")
        .hasMessageContaining("write-ahead log");
    assertThatThrownBy(() -> DuckDbSql.checkDatabasePath(folder.resolve("a\\b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'\\'")
        .hasMessageContaining("folder separator");
    DuckDbSql.checkDatabasePath(folder.resolve(HOSTILE));
  }

  private static List<String> names(Statement statement, List<Path> files) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT name FROM read_parquet(" + DuckDbSql.fileList(files) + ") ORDER BY name")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  private static List<String> filesUnder(Path root) throws Exception {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).map(Path::toString).toList();
    }
  }
}
