package jianfu.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
    // given: ledgers, and through their references org_units, departments and applications (and
    // returns, the reporting years, which the folder lacks)
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
                "ledgers: 4 rows would be quarantined; 2 rows would load with 2 warnings",
                "  note: applications published nothing, so every reference of ledgers to it is"
                    + " reported unknown here",
                "  ledgers.csv:3  volumes  BAD_TYPE  'abc' is not an integer",
                "  ledgers.csv:4  org_code  UNKNOWN_REFERENCE  org_code '0110' is a STREET, a"
                    + " COMMUNITY is required",
                "  ledgers.csv:5  -  BAD_ROW  the record has 7 fields, the header has 8",
                "  ledgers.csv:8  title  MISSING_FIELD  title is required",
                "  these rows would load, with a warning:",
                "  ledgers.csv:6  application_id  UNRESOLVED_APPROVAL  application_id 'A001' names"
                    + " no loaded applications row; the row loads, attributed to none",
                "  ledgers.csv:7  dept_code  UNRESOLVED_DEPARTMENT  dept_code 'D03' names no"
                    + " loaded departments row; the row loads, attributed to none"))
        .doesNotContain("org_units:")
        .contains(
            "NOT CLEAN: 5 rows would be quarantined, 2 files refused, in 3 of 5 tables; 2 rows"
                + " would load with 2 warnings; 1 of 5 tables have no file");
    // table, files, rows read, would load, would collapse, would quarantine, would warn, refused
    assertThat(countLines(report))
        .containsExactly(
            "org_units 1 4 4 0 0 0 0",
            "departments 1 4 2 1 1 0 0",
            "applications 2 - - - - - 2",
            "returns 0 0 0 0 0 0 0",
            "ledgers 1 7 3 0 4 2 0");
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
        .containsExactly("org_units 1 4 4 0 0 0 0", "departments 1 2 2 0 0 0 0");
  }

  @Test
  void warningsAloneExitZeroUnlessStrict(CapturedOutput console) throws Exception {
    // given: a clean input but for a ledger of a department nobody knows
    copyFixture("clean");
    Files.writeString(
        input.resolve("ledgers.csv"),
        """
        ledger_id,org_code,year,dept_code,title,form,volumes,application_id
        L01,0111,2023,D09,养老台账,PAPER,3,
        """);
    String[] validate = {"--validate", "--input", input.toString(), "--tables", "ledgers"};

    // when
    int lenient = IngestApplication.run(validate);
    int strict = IngestApplication.run(concat(validate, "--strict"));

    // then
    assertThat(lenient).isZero();
    assertThat(strict).isEqualTo(1);
    assertThat(console.getOut())
        .contains(
            "  ledgers.csv:2  dept_code  UNRESOLVED_DEPARTMENT  dept_code 'D09' names no loaded"
                + " departments row")
        .contains(
            "CLEAN: nothing would be quarantined or refused; 7 rows read, 0 would collapse as"
                + " identical duplicates; 1 row would load with 1 warning (--strict counts them)")
        .contains("NOT CLEAN: 1 row would load with 1 warning, in 1 of 5 tables");
  }

  private static String[] concat(String[] arguments, String more) {
    return Stream.concat(Arrays.stream(arguments), Stream.of(more)).toArray(String[]::new);
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
