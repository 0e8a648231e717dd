package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import jianfu.dashboards.serving.ServedFile;
import jianfu.dashboards.serving.ServingDatabase;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.OutputTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Part of the hostile-input suite: {@code ./jianfu run} with input and output folders whose names
 * are quote, URL, SQL and glob syntax. A path either works, leaving nothing outside the output
 * folder, or is refused before anything is written, with a message naming the character and why.
 */
class HostilePathsIT {

  /** Quotes, spaces, ';', '?' and wildcards: the input folder is read by Java alone. */
  private static final String INPUT = "in it's \"q\" ;INIT=x a[1] *{a,b}? 中文";

  /** Every character an output folder can carry: all of the above but ';' and '?'. */
  private static final String OUTPUT = "out it's \"q\" a[1] *{a,b} 中文 %20";

  @TempDir Path folder;

  @Test
  void runsInputAndOutputFoldersWhoseNamesHoldEveryCharacterThatWorks() throws Exception {
    // given the demo district generated into a hostile input folder, and a working directory to
    // watch
    Path input = folder.resolve(INPUT);
    Outcome generated = Outcome.of("generate", "--output", input.toString());
    assertThat(generated.exitCode()).as(generated.errors()).isZero();
    Path output = folder.resolve(OUTPUT);
    Path workingDirectory = Files.createDirectories(folder.resolve("cwd"));
    List<Path> inputFiles = filesUnder(input);

    // when
    JianfuProcess run =
        JianfuProcess.run(
            workingDirectory, "run", "--input", input.toString(), "--output", output.toString());

    // then every mart is written and served in full
    assertThat(run.exitCode()).as(run.output()).isZero();
    Contract contract = Contract.load();
    try (Connection served = ServedFile.openReadOnly(ServingDatabase.location(output));
        Statement statement = served.createStatement()) {
      for (OutputTable mart : contract.marts()) {
        List<Path> files = DuckDbSql.parquetFilesIn(output.resolve("marts").resolve(mart.table()));
        assertThat(files).as(mart.table()).isNotEmpty();
        assertThat(count(statement, "FROM " + mart.table()))
            .as(mart.table())
            .isPositive()
            .isEqualTo(count(statement, "FROM read_parquet(" + DuckDbSql.fileList(files) + ")"));
      }
    }
    assertThat(output.resolve("public"))
        .isDirectoryContaining("glob:**/statistics.csv")
        .isDirectoryContaining("glob:**/bulletin.html");
    assertThat(output.resolve("report").resolve("index.html")).isRegularFile();
    // and nothing was written outside the output folder
    assertThat(filesUnder(input)).isEqualTo(inputFiles);
    assertThat(filesUnder(workingDirectory)).isEmpty();
    try (Stream<Path> names = Files.list(folder)) {
      assertThat(names).containsExactlyInAnyOrder(input, output, workingDirectory);
    }
  }

  @Test
  void refusesAnOutputFolderWhoseNameH2WouldRunAsSqlBeforeWritingAnything() throws Exception {
    // given an output folder whose name, pasted into the job repository's URL, writes a file
    Path written = folder.resolve("written-by-h2");
    Path output = folder.resolve("out;INIT=CALL FILE_WRITE(X'00', '" + written + "')--");

    // then
    assertRefusedNaming(output, "';'", "H2");
    assertThat(written).doesNotExist();
  }

  @Test
  void refusesAnOutputFolderWhoseNameDuckDbWouldReadAsParameters() throws Exception {
    assertRefusedNaming(folder.resolve("out?x=1"), "'?'", "write-ahead log");
  }

  private void assertRefusedNaming(Path output, String character, String why) throws Exception {
    // given a clean input, so that only the output folder can be refused
    Path input = Files.createDirectories(folder.resolve("input"));
    Path workingDirectory = Files.createDirectories(folder.resolve("cwd"));

    // when
    JianfuProcess run =
        JianfuProcess.run(
            workingDirectory, "run", "--input", input.toString(), "--output", output.toString());

    // then
    assertThat(run.exitCode()).as(run.output()).isNotZero();
    assertThat(run.output())
        .contains(character + " in " + output + " cannot be used")
        .contains(why);
    assertThat(output).as("refused before anything is written").doesNotExist();
    assertThat(filesUnder(folder)).allMatch(Files::isDirectory);
  }

  private static long count(Statement statement, String from) throws Exception {
    try (ResultSet count = statement.executeQuery("SELECT count(*) " + from)) {
      count.next();
      return count.getLong(1);
    }
  }

  private static List<Path> filesUnder(Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(path -> !path.equals(root)).sorted().toList();
    }
  }
}
