package jianfu.jobs.ingest.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
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
}
