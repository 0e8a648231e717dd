package jianfu.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code IngestApplication --validate}, the dry run behind {@code ./jianfu validate}, on the
 * fixture folders validate (problems, two refused files, a clean table) and clean.
 */
@ExtendWith(OutputCaptureExtension.class)
class ValidateIT {

  private static final Path WORKING_DIRECTORY = Path.of("").toAbsolutePath();
  private static final Path SCRATCH_PARENT = Path.of(System.getProperty("java.io.tmpdir"));

  @TempDir Path input;

  @Test
  void listsEveryProblemAndRefusalWithCountsPerTableAndWritesNothing(CapturedOutput console)
      throws Exception {
    // given: ledgers, and through their references org_units, departments and applications
    copyFixture("validate");
    List<Path> inputBefore = filesUnder(input);
    List<Path> workingDirectoryBefore = filesUnder(WORKING_DIRECTORY);
    List<Path> scratchFoldersBefore = scratchFolders();

    // when
    int exitCode =
        IngestApplication.run("--validate", "--input", input.toString(), "--tables", "ledgers");

    // then
    String report = console.getOut();
    assertThat(exitCode).isEqualTo(1);
    assertThat(report)
        .contains(
            lines(
                "departments: 1 row would be quarantined",
                "  departments.csv:5  category  BAD_ENUM  'WOMEN' is not one of PARTY, GOVERNMENT,"
                    + " MASS_ORG, VERTICAL, OTHER"))
        .contains(
            lines(
                "applications: refused, so none of its rows was checked (a refused file refuses"
                    + " its whole table)",
                "  applications-2.csv is refused: it has no header row",
                "  applications.csv is refused: its header has no column 'status' (or '状态'), which every"
                    + " applications file must have"))
        .contains(
            lines(
                "ledgers: 6 rows would be quarantined",
                "  note: applications published nothing, so every reference of ledgers to it is"
                    + " reported unknown here",
                "  ledgers.csv:3  volumes  BAD_TYPE  'abc' is not an integer",
                "  ledgers.csv:4  org_code  UNKNOWN_REFERENCE  org_code '0110' is a STREET, a"
                    + " COMMUNITY is required",
                "  ledgers.csv:5  -  BAD_ROW  the record has 7 fields, the header has 8",
                "  ledgers.csv:6  application_id  UNKNOWN_REFERENCE  application_id 'A001' names no"
                    + " loaded applications row",
                "  ledgers.csv:7  dept_code  UNKNOWN_REFERENCE  dept_code 'D03' names no loaded"
                    + " departments row",
                "  ledgers.csv:8  title  MISSING_FIELD  title is required"))
        .doesNotContain("org_units:")
        .contains("NOT CLEAN: 7 rows would be quarantined, 2 files refused, in 3 of 4 tables");
    // table, files, rows read, would load, would collapse, would quarantine, refused
    assertThat(countLines(report))
        .containsExactly(
            "org_units 1 4 4 0 0 0",
            "departments 1 4 2 1 1 0",
            "applications 2 - - - - 2",
            "ledgers 1 7 1 0 6 0");
    assertThat(filesUnder(input)).isEqualTo(inputBefore);
    assertThat(filesUnder(WORKING_DIRECTORY)).isEqualTo(workingDirectoryBefore);
    assertThat(scratchFolders()).isEqualTo(scratchFoldersBefore);
  }

  @Test
  void aCleanInputExitsZero(CapturedOutput console) throws Exception {
    // given
    copyFixture("clean");

    // when
    int exitCode =
        IngestApplication.run(
            "--validate", "--input", input.toString(), "--tables", "org_units,departments");

    // then
    assertThat(exitCode).isZero();
    assertThat(console.getOut())
        .contains(
            "CLEAN: nothing would be quarantined or refused; 6 rows read, 0 would collapse as"
                + " identical duplicates");
    assertThat(countLines(console.getOut()))
        .containsExactly("org_units 1 4 4 0 0 0", "departments 1 2 2 0 0 0");
  }

  @Test
  void aValidationTakesNoOutputFolder(CapturedOutput console) {
    // when
    int exitCode =
        IngestApplication.run("--validate", "--input", input.toString(), "--output", "out");

    // then
    assertThat(exitCode).isEqualTo(2);
    assertThat(console.getErr()).contains("--validate writes nothing: it takes no --output");
  }

  private static String lines(String... lines) {
    return String.join(System.lineSeparator(), lines);
  }

  /** The rows of the count table, each as its cells separated by one space. */
  private static List<String> countLines(String report) {
    return report
        .lines()
        .dropWhile(line -> !line.startsWith("table "))
        .skip(1)
        .takeWhile(line -> !line.isBlank())
        .map(line -> String.join(" ", line.trim().split("\\s+")))
        .toList();
  }

  private static List<Path> scratchFolders() throws IOException {
    try (Stream<Path> entries = Files.list(SCRATCH_PARENT)) {
      return entries
          .filter(entry -> entry.getFileName().toString().startsWith("jianfu-validate-"))
          .sorted()
          .toList();
    }
  }

  private static List<Path> filesUnder(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.sorted().toList();
    }
  }

  private void copyFixture(String name) throws Exception {
    Path fixture = Path.of(getClass().getResource("/fixtures/" + name).toURI());
    try (Stream<Path> files = Files.list(fixture)) {
      for (Path file : files.toList()) {
        Files.copy(file, input.resolve(file.getFileName()));
      }
    }
  }
}
