package jianfu.jobs.ingest.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbTest {

  @TempDir Path work;

  @Test
  void opensAWorkFileWithTheMemoryLimitGiven() throws Exception {
    // when
    try (DuckDBConnection duck = DuckDb.open(work.resolve("t.duckdb"), "256MB");
        Statement statement = duck.createStatement();
        ResultSet setting = statement.executeQuery("SELECT current_setting('memory_limit')")) {

      // then: 256,000,000 bytes, as DuckDB shows them
      setting.next();
      assertThat(setting.getString(1)).isEqualTo("244.1 MiB");
    }
  }

  @Test
  void opensTheWorkFileAtExactlyItsPathWhateverItsFolderIsNamed() throws Exception {
    // given a folder whose name would end a DuckDB URL and start its settings
    Path folder = Files.createDirectories(work.resolve("it's \"q\" ;threads=1 a[1] *{a,b} 中文"));
    Path file = folder.resolve("t.duckdb");

    // when: a table is created and appended to, as the stage step does
    try (DuckDBConnection duck = DuckDb.open(file, "256MB")) {
      DuckDb.execute(duck, "CREATE TABLE staged (x INTEGER)");
      try (DuckDBAppender rows = duck.createAppender("staged")) {
        rows.beginRow();
        rows.append(42);
        rows.endRow();
      }
      try (Statement statement = duck.createStatement();
          ResultSet settings =
              statement.executeQuery(
                  "SELECT current_setting('temp_directory'), current_setting('threads')")) {
        settings.next();
        assertThat(settings.getString(1)).isEqualTo(DuckDb.spillFolder(file).toString());
        assertThat(settings.getInt(2)).as("no setting taken from the path").isNotEqualTo(1);
      }
    }

    // then the rows are in that file
    try (DuckDBConnection duck = DuckDb.open(file, "256MB");
        Statement statement = duck.createStatement();
        ResultSet row = statement.executeQuery("SELECT x FROM staged")) {
      row.next();
      assertThat(row.getInt(1)).isEqualTo(42);
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString())).contains("t.duckdb");
    }
  }
}
