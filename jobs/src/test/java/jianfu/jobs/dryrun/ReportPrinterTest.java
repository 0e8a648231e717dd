package jianfu.jobs.dryrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import jianfu.jobs.ingest.IngestCounts;
import org.junit.jupiter.api.Test;

class ReportPrinterTest {

  private static final Path INPUT = Path.of("/data/district");

  @Test
  void aTableThatCouldNotBeCheckedMakesTheReportNotCleanAndSaysWhy() {
    // given: departments read and clean, ledgers failed for another reason than a refused file
    ValidationReport report =
        new ValidationReport(
            INPUT,
            List.of(
                TableFindings.read(
                    "departments",
                    1,
                    new IngestCounts(3, 2, 1, 0, 0),
                    List.of(),
                    List.of(),
                    List.of()),
                TableFindings.notRead(
                    "ledgers",
                    1,
                    List.of(),
                    "ingest.encodings.ledgers: 'X' is unknown",
                    List.of())),
            false);

    // when
    String text = ReportPrinter.render(report);

    // then
    assertThat(report.clean()).isFalse();
    assertThat(text)
        .contains("ledgers: could not be checked: ingest.encodings.ledgers: 'X' is unknown")
        .doesNotContain("departments:")
        .endsWith(String.format("NOT CLEAN: 1 table could not be checked, in 1 of 2 tables%n"));
  }

  @Test
  void aCleanReportCountsTheTablesWithoutFiles() {
    // given: one row read, and one table absent from the input folder
    ValidationReport report =
        new ValidationReport(
            INPUT,
            List.of(
                read("departments", 1, new IngestCounts(1, 1, 0, 0, 0)),
                read("ledgers", 0, new IngestCounts(0, 0, 0, 0, 0))),
            false);

    // when
    String text = ReportPrinter.render(report);

    // then
    assertThat(report.clean()).isTrue();
    assertThat(text)
        .startsWith(String.format("Validation of %s (a dry run: nothing was written)%n%n", INPUT))
        .endsWith(
            String.format(
                "CLEAN: nothing would be quarantined or refused; 1 row read, 0 would collapse as"
                    + " identical duplicates; 1 of 2 tables have no file%n"));
  }

  @Test
  void warningsAloneKeepAReportCleanUnlessStrict() {
    // given: two ledgers load, one of them with two warnings
    List<TableFindings> tables =
        List.of(
            TableFindings.read(
                "ledgers",
                1,
                new IngestCounts(2, 2, 0, 0, 1),
                List.of(),
                List.of(
                    new Problem("ledgers.csv", 3, "year", "OUT_OF_PERIOD", "year 2019 is not"),
                    new Problem("ledgers.csv", 3, "dept_code", "UNRESOLVED_DEPARTMENT", "D09")),
                List.of()));

    // when
    ValidationReport lenient = new ValidationReport(INPUT, tables, false);
    ValidationReport strict = new ValidationReport(INPUT, tables, true);

    // then
    assertThat(lenient.clean()).isTrue();
    assertThat(strict.clean()).isFalse();
    assertThat(ReportPrinter.render(lenient))
        .contains(
            String.format(
                "ledgers: 1 row would load with 2 warnings%n"
                    + "  these rows would load, with a warning:%n"
                    + "  ledgers.csv:3  year  OUT_OF_PERIOD  year 2019 is not%n"
                    + "  ledgers.csv:3  dept_code  UNRESOLVED_DEPARTMENT  D09%n"))
        .endsWith(
            String.format(
                "CLEAN: nothing would be quarantined or refused; 2 rows read, 0 would collapse as"
                    + " identical duplicates; 1 row would load with 2 warnings (--strict counts"
                    + " them)%n"));
    assertThat(ReportPrinter.render(strict))
        .endsWith(String.format("NOT CLEAN: 1 row would load with 2 warnings, in 1 of 1 table%n"));
  }

  @Test
  void showsControlCharactersFromTheDataEscaped() {
    // given: hostile input: a cell and a file name holding an ESC sequence that retitles the
    // terminal, a warning quoting it too, a refused file with a right-to-left override in its name
    String retitle = "\u001b]0;title\u0007";
    Problem problem =
        new Problem(
            "departments-" + retitle + ".csv",
            2,
            "category",
            "BAD_ENUM",
            "'" + retitle + "' is not one of PARTY, GOVERNMENT");
    Problem warning =
        new Problem(
            "work_items-" + retitle + ".csv",
            3,
            "dept_code",
            "UNRESOLVED_DEPARTMENT",
            "dept_code '" + retitle + "' names no loaded department");
    ValidationReport report =
        new ValidationReport(
            Path.of("/data/in\u009bput"),
            List.of(
                TableFindings.read(
                    "departments",
                    1,
                    new IngestCounts(1, 0, 0, 1, 0),
                    List.of(problem),
                    List.of(),
                    List.of()),
                TableFindings.read(
                    "work_items",
                    1,
                    new IngestCounts(1, 1, 0, 0, 1),
                    List.of(),
                    List.of(warning),
                    List.of()),
                TableFindings.notRead(
                    "ledgers",
                    1,
                    List.of("ledgers-\u202eexe.csv is refused: it has no header row"),
                    null,
                    List.of())),
            false);

    // when
    String text = ReportPrinter.render(report);

    // then: nothing but line ends is a control character
    assertThat(text.replace(System.lineSeparator(), "").chars()).noneMatch(Character::isISOControl);
    assertThat(text)
        .doesNotContain("\u202e")
        .contains("Validation of /data/in\\u009bput")
        .contains(
            "  departments-\\u001b]0;title\\u0007.csv:2  category  BAD_ENUM  '\\u001b]0;title\\u0007'"
                + " is not one of PARTY, GOVERNMENT")
        .contains(
            "  work_items-\\u001b]0;title\\u0007.csv:3  dept_code  UNRESOLVED_DEPARTMENT  dept_code"
                + " '\\u001b]0;title\\u0007' names no loaded department")
        .contains("  ledgers-\\u202eexe.csv is refused: it has no header row");
  }

  /** A table that was read and has no problems. */
  private static TableFindings read(String table, int files, IngestCounts counts) {
    return TableFindings.read(table, files, counts, List.of(), List.of(), List.of());
  }
}
