package jianfu.dashboards.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.stream.Stream;
import jianfu.schemas.Contract;
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
