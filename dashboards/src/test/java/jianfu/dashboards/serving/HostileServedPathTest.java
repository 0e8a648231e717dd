package jianfu.dashboards.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Part of the hostile-input suite: the served file built and read in an output folder whose name
 * would end a DuckDB JDBC URL and start its settings, and holds glob characters.
 */
class HostileServedPathTest {

  private final Contract contract = Contract.load();

  @TempDir Path folder;

  @Test
  void servesAndReadsEveryTableOfAnOutputFolderWhateverItsName() throws Exception {
    // given
    Path output = folder.resolve("it's \"q\" ;access_mode=READ_ONLY;threads=1 a[1] *{a,b} 中文");

    // when
    Path served = SyntheticOutput.servedDatabase(contract, output, 2);

    // then
    assertThat(served).isEqualTo(ServingDatabase.location(output)).isRegularFile();
    try (Connection connection = ServedFile.openReadOnly(served);
        Statement statement = connection.createStatement()) {
      for (ServedTable table : new ServingDatabase(contract).tables(output)) {
        try (ResultSet count =
            statement.executeQuery(
                "SELECT count(*) FROM " + DuckDbSql.identifier(table.declaration().table()))) {
          count.next();
          assertThat(count.getLong(1)).as(table.declaration().table()).isEqualTo(2);
        }
      }
      try (ResultSet tableNames =
          statement.executeQuery("SELECT DISTINCT table_name FROM ingest_warnings")) {
        tableNames.next();
        assertThat(tableNames.getString(1))
            .as("the name of the subfolder the warnings are in, whatever the folders above it")
            .isEqualTo("some_table");
      }
      assertThatThrownBy(() -> statement.execute("CREATE TABLE written (x INTEGER)"))
          .as("opened read-only")
          .hasMessageContaining("read-only");
    }
    try (Stream<Path> files = Files.walk(folder)) {
      assertThat(files.filter(Files::isRegularFile)).allMatch(file -> file.startsWith(output));
    }
  }

  @Test
  void aServedFileDuckDbCannotCarryIsRefusedNamingTheCharacter() {
    assertThatThrownBy(() -> ServedFile.openReadOnly(folder.resolve("a?b").resolve("x.duckdb")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'?'");
  }
}
