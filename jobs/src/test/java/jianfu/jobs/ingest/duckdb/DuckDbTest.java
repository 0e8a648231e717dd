package jianfu.jobs.ingest.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbTest {

  @TempDir Path work;

  @Test
  void opensADatabaseWithTheMemoryLimitGiven() throws Exception {
    // when
    try (DuckDBConnection duck = DuckDb.inMemory("256MB", work.resolve("t.tmp"));
        Statement statement = duck.createStatement();
        ResultSet setting = statement.executeQuery("SELECT current_setting('memory_limit')")) {

      // then: 256,000,000 bytes, as DuckDB shows them
      setting.next();
      assertThat(setting.getString(1)).isEqualTo("244.1 MiB");
    }
  }

  @Test
  void spillsToExactlyTheFolderGivenWhateverItIsNamed() throws Exception {
    // given a folder whose name would end a DuckDB URL and start its settings
    Path folder = Files.createDirectories(work.resolve("it's \"q\" ;threads=1 a[1] *{a,b} 中文"));
    Path spill = folder.resolve("duckdb.tmp");

    // when
    try (DuckDBConnection duck = DuckDb.inMemory("256MB", spill);
        Statement statement = duck.createStatement();
        ResultSet settings =
            statement.executeQuery(
                "SELECT current_setting('temp_directory'), current_setting('threads')")) {

      // then
      settings.next();
      assertThat(settings.getString(1)).isEqualTo(spill.toString());
      assertThat(settings.getInt(2)).as("no setting taken from the path").isNotEqualTo(1);
    }
  }
}
