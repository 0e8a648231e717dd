package jianfu.dashboards.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
import jianfu.schemas.Contract;
import jianfu.schemas.SqlTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServingDatabaseTest {

  private final Contract contract = Contract.load();

  @TempDir Path output;

  @Test
  void servesEveryMartAndTheAuditWithTheContractColumnsAndTypes() throws Exception {
    // given one Parquet folder per served table, with columns stored as Spark writes them
    ServingDatabase serving = new ServingDatabase(contract);
    SyntheticOutput.writeTables(serving, output, 3);

    // when
    Path served = serving.build(output);

    // then
    assertThat(served).isEqualTo(output.resolve("serving/jianfu.duckdb")).isRegularFile();
    try (Stream<Path> leftovers = Files.list(served.getParent())) {
      assertThat(leftovers).containsExactly(served);
    }
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + served);
        Statement statement = connection.createStatement()) {
      for (ServedTable table : serving.tables(output)) {
        List<String> expected =
            table.declaration().columns().stream()
                .map(c -> c.name() + " " + SqlTypes.of(c.type()))
                .toList();
        assertThat(columnsOf(statement, table.declaration().table())).isEqualTo(expected);
        try (ResultSet count =
            statement.executeQuery("SELECT count(*) FROM " + table.declaration().table())) {
          count.next();
          assertThat(count.getLong(1)).isEqualTo(3);
        }
      }
    }
  }

  @Test
  void aMissingMartRefusesTheBuildAndLeavesThePreviousDatabaseInPlace() throws Exception {
    // given a served database from an earlier run
    ServingDatabase serving = new ServingDatabase(contract);
    SyntheticOutput.writeTables(serving, output, 1);
    Path served = serving.build(output);
    long before = Files.size(served);
    // and a later run whose access_funnel is missing
    deleteRecursively(output.resolve("marts/access_funnel"));

    // when / then
    assertThatThrownBy(() -> serving.build(output))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("access_funnel");
    assertThat(Files.size(served)).isEqualTo(before);
    try (Stream<Path> leftovers = Files.list(served.getParent())) {
      assertThat(leftovers).containsExactly(served);
    }
  }

  @Test
  void writesAFileFormatThatDuckDbBefore2CanOpen() throws Exception {
    // given
    Path served = SyntheticOutput.servedDatabase(contract, output, 1);

    // when
    String tags;
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + served);
        Statement statement = connection.createStatement();
        ResultSet database =
            statement.executeQuery(
                "SELECT tags FROM duckdb_databases() WHERE database_name = current_database()")) {
      database.next();
      tags = database.getString(1);
    }

    // then: the Python duckdb on a Superset host may be 1.x (superset-bundle.md §7.4)
    assertThat(tags).contains("storage_version=v1.0.0");
  }

  private static List<String> columnsOf(Statement statement, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '"
                + table
                + "' ORDER BY ordinal_position")) {
      while (rows.next()) {
        columns.add(rows.getString(1) + " " + rows.getString(2));
      }
    }
    return columns;
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
