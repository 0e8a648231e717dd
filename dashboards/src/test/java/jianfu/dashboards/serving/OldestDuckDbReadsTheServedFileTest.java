package jianfu.dashboards.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Superset's Python duckdb may be older than the DuckDB writing the served file
 * (dashboards/README.md): an older DuckDB release, in a JVM of its own, opens the file read-only
 * and must see every table, column, type, row and value that the current DuckDB sees.
 */
class OldestDuckDbReadsTheServedFileTest {

  private static final int ROWS = 3;

  @TempDir Path output;

  @Test
  void theOldestDuckDbSeesEveryTableColumnTypeAndValueTheCurrentOneSees() throws Exception {
    // given a served file written by the current DuckDB, and what it reads there
    ServingDatabase serving = new ServingDatabase(Contract.load());
    SyntheticOutput.writeTables(serving, output, ROWS);
    Path served = serving.build(output);
    List<String> current;
    try (Connection connection = ServedFileReport.openReadOnly(served.toString(), Map.of())) {
      current = ServedFileReport.lines(connection);
    }

    // when the oldest DuckDB reads it
    List<String> oldest = readWithTheOldestDuckDb(served);

    // then it is an older release and it sees the same
    String oldestVersion = oldest.get(0);
    assertThat(oldestVersion).as("version of the old reader").matches("v[01]\\..*");
    assertThat(oldest.subList(1, oldest.size()))
        .as("the served file as DuckDB %s reads it", oldestVersion)
        .isEqualTo(current);
    // and what both see is every served table, with the contract's columns and types, complete
    assertThat(ExpectedReport.withoutValues(current))
        .as("the served file as DuckDB %s reads it", oldestVersion)
        .containsExactlyElementsOf(ExpectedReport.of(serving, output, ROWS));
  }

  /** Runs {@link ServedFileReport} with the old driver as the only DuckDB on the classpath. */
  private List<String> readWithTheOldestDuckDb(Path served) throws Exception {
    String oldJar = System.getProperty("jianfu.oldest-duckdb.jar");
    assertThat(oldJar)
        .as("the old DuckDB jar, copied by the dashboards pom: run this test through Maven")
        .isNotNull();
    String testClasses =
        Path.of(ServedFileReport.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    Path stderr = output.resolve("oldest-duckdb.stderr");
    Process reader =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                oldJar + File.pathSeparator + testClasses,
                ServedFileReport.class.getName(),
                served.toString())
            .redirectError(stderr.toFile())
            .start();
    List<String> lines = reader.inputReader().lines().toList();
    assertThat(reader.waitFor(60, TimeUnit.SECONDS)).as("the old reader finished").isTrue();
    assertThat(reader.exitValue())
        .as("the old reader's exit code; its stderr: %s", Files.readString(stderr))
        .isZero();
    return lines;
  }
}
