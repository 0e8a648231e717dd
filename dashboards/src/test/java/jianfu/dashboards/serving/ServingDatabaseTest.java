package jianfu.dashboards.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
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
    try (Connection connection = ServedFileReport.openReadOnly(served.toString(), Map.of())) {
      assertThat(ExpectedReport.withoutValues(ServedFileReport.lines(connection)))
          .containsExactlyElementsOf(ExpectedReport.of(serving, output, 3));
    }
  }

  @Test
  void servesTheWarningsOfEverySourceTableNamedByItsFolder() throws Exception {
    // given: the synthetic output, and ingestion's warnings of two tables (one of them empty)
    ServingDatabase serving = new ServingDatabase(contract);
    SyntheticOutput.writeTables(serving, output, 1);
    writeWarnings("ledgers", "SELECT 'ledgers.csv', 3, 'OUT_OF_PERIOD', 'year', 'm', 'r'");
    writeWarnings("work_items", "SELECT 'w.csv', 2, 'R', 'c', 'm', 'r' WHERE false");

    // when
    Path served = serving.build(output);

    // then
    try (Connection connection = ServedFileReport.openReadOnly(served.toString(), Map.of());
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT table_name, source_file, line, reason FROM ingest_warnings"
                    + " WHERE table_name <> 'some_table'")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getLong(3))
          .isEqualTo("ledgers|ledgers.csv|3");
      assertThat(rows.getString(4)).isEqualTo("OUT_OF_PERIOD");
      assertThat(rows.next()).isFalse();
    }
  }

  /** A warnings file as ingestion writes it: the quarantine's columns, in warnings/T/T.parquet. */
  private void writeWarnings(String table, String rows) throws Exception {
    Path folder = Files.createDirectories(output.resolve("warnings").resolve(table));
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement()) {
      statement.execute(
          "COPY (SELECT * FROM (%s) t(%s)) TO %s (FORMAT parquet)"
              .formatted(
                  rows,
                  String.join(", ", contract.quarantine().columnNames()),
                  DuckDbSql.literal(folder.resolve(table + ".parquet").toString())));
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

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
