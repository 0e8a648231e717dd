package jianfu.jobs.ingest.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;
import jianfu.jobs.ingest.IngestJobTestConfiguration;
import jianfu.jobs.ingest.IngestLauncher;
import jianfu.jobs.ingest.IngestTarget;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.jobs.ingest.badinput.Expectation.Flagged;
import jianfu.jobs.ingest.badinput.Published.AuditRow;
import jianfu.jobs.ingest.badinput.Published.FlaggedRow;
import jianfu.jobs.ingest.read.RefusedFileException;
import jianfu.jobs.ingest.read.SourceFiles;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the ingest job on every case of the bad-input corpus (src/test/resources/bad-input, one
 * folder per case, see BadInputCase) in one Spring context, and checks what it published against
 * the case's expected.yml: exactly the quarantine rows and the warnings it lists (reason, file,
 * line, column) or the refusal of the file it names, and for every file read the audit's
 * reconciliation, rows_read = rows_loaded + rows_collapsed + rows_quarantined, with rows_read
 * counted again by commons-csv, and rows_warned, the file's loaded rows with a warning.
 */
@SpringBootTest(
    classes = IngestJobTestConfiguration.class,
    properties = "spring.datasource.url=jdbc:h2:mem:badinput;DB_CLOSE_DELAY=-1")
class BadInputCorpusIT {

  /** A message quotes what it is about, not a whole 1 MB cell. */
  private static final int READABLE_MESSAGE = 300;

  private static final Contract CONTRACT = Contract.load();
  private static final String CASE_PROPERTIES = "bad-input case";

  private static Published published;

  @Autowired IngestLauncher launcher;
  @Autowired ConfigurableEnvironment environment;
  @TempDir Path work;

  @BeforeAll
  static void openDuckDb() throws SQLException {
    published = new Published();
  }

  @AfterAll
  static void closeDuckDb() throws SQLException {
    published.close();
  }

  static List<BadInputCase> corpus() throws Exception {
    return BadInputCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void ingestsTheCaseAsItsExpectedYmlSays(BadInputCase badInput) throws Exception {
    // given
    Expectation expected = badInput.expected();
    Path input = Files.createDirectory(work.resolve("input"));
    Path output = work.resolve("output");
    badInput.writeInput(input);
    List<String> tables = tablesWithFiles(input);
    assertThat(tables).as("tables with files in the case").contains(expected.table());

    // when
    Map<String, JobExecution> runs = ingest(tables, input, output, expected);

    // then
    OutputLayout layout = new OutputLayout(output, CONTRACT);
    List<String> completed = completedTables(runs);
    if (expected.isRefusal()) {
      assertRefused(expected, runs, layout);
    } else {
      assertThat(completed).as("completed tables").isEqualTo(tables);
      assertLoaded(expected, layout);
    }
    assertFlagged(
        "quarantined rows", expected.quarantined(), flagged(completed, layout::quarantine));
    assertFlagged("warnings", expected.warned(), flagged(completed, layout::warnings));
    for (String table : completed) {
      assertEveryFileReconciles(expected, table, input, layout);
    }
  }

  /** The case's tables in load order, as the ingest command runs them. */
  private static List<String> tablesWithFiles(Path input) throws Exception {
    List<String> tables = new ArrayList<>();
    for (SourceTable table : CONTRACT.sourcesInLoadOrder()) {
      if (!SourceFiles.find(input, table.table()).isEmpty()) {
        tables.add(table.table());
      }
    }
    return tables;
  }

  /** Ingests the tables one after the other, stopping at the first that fails (as the command). */
  private Map<String, JobExecution> ingest(
      List<String> tables, Path input, Path output, Expectation expected) throws Exception {
    Map<String, Object> properties = new HashMap<>(expected.settings());
    expected
        .encodings()
        .forEach((table, charset) -> properties.put("ingest.encodings." + table, charset));
    environment.getPropertySources().addFirst(new MapPropertySource(CASE_PROPERTIES, properties));
    try {
      Map<String, JobExecution> runs = new LinkedHashMap<>();
      for (String table : tables) {
        JobExecution run = launcher.launch(new IngestTarget(table, input, output));
        runs.put(table, run);
        if (run.getStatus() != BatchStatus.COMPLETED) {
          break;
        }
      }
      return runs;
    } finally {
      environment.getPropertySources().remove(CASE_PROPERTIES);
    }
  }

  private static List<String> completedTables(Map<String, JobExecution> runs) {
    return runs.entrySet().stream()
        .filter(run -> run.getValue().getStatus() == BatchStatus.COMPLETED)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static void assertRefused(
      Expectation expected, Map<String, JobExecution> runs, OutputLayout layout) {
    String table = expected.table();
    assertThat(runs.keySet()).as("the refused table is the last ingested").endsWith(table);
    assertThat(runs.get(table).getStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(refusal(runs.get(table)))
        .startsWith(expected.refused().file() + " is refused: ")
        .contains(expected.refused().messageContains());
    assertThat(layout.raw(table)).as("nothing of a refused table is published").doesNotExist();
    assertThat(layout.quarantine(table)).doesNotExist();
    assertThat(layout.warnings(table)).doesNotExist();
    assertThat(layout.audit(table)).doesNotExist();
  }

  /** The message of the RefusedFileException that failed the run. */
  private static String refusal(JobExecution run) {
    return run.getAllFailureExceptions().stream()
        .flatMap(failure -> Stream.iterate(failure, cause -> cause != null, Throwable::getCause))
        .filter(RefusedFileException.class::isInstance)
        .map(Throwable::getMessage)
        .findFirst()
        .orElseGet(
            () ->
                fail("the run failed without refusing a file: %s", run.getAllFailureExceptions()));
  }

  private static List<FlaggedRow> flagged(List<String> tables, Function<String, Path> folder)
      throws Exception {
    List<FlaggedRow> rows = new ArrayList<>();
    for (String table : tables) {
      rows.addAll(published.flagged(folder.apply(table)));
    }
    return rows;
  }

  /**
   * Exactly the expected rows are quarantined (or warned of), in every table ingested, nothing else
   * (a refused case expects none: its reference tables are clean).
   */
  private static void assertFlagged(String what, List<Flagged> expected, List<FlaggedRow> actual) {
    assertThat(actual.stream().map(BadInputCorpusIT::where).sorted().toList())
        .as(what + ": file|line|reason|column")
        .containsExactlyElementsOf(
            expected.stream().map(BadInputCorpusIT::where).sorted().toList());
    for (Flagged row : expected) {
      FlaggedRow found =
          actual.stream().filter(a -> where(a).equals(where(row))).findFirst().orElseThrow();
      if (row.messageContains() != null) {
        assertThat(found.message()).contains(row.messageContains());
      }
      if (row.rawRecord() != null) {
        assertThat(found.rawRecord()).isEqualTo(row.rawRecord());
      }
    }
    for (FlaggedRow row : actual) {
      assertThat(row.message().length())
          .as("length of the message of %s, %.80s", where(row), row.message())
          .isBetween(1, READABLE_MESSAGE);
    }
  }

  private static String where(FlaggedRow row) {
    return String.join("|", row.file(), String.valueOf(row.line()), row.reason(), row.column());
  }

  private static String where(Flagged row) {
    return String.join("|", row.file(), String.valueOf(row.line()), row.reason(), row.column());
  }

  /** The case's table loaded and collapsed the rows expected (the audit agrees: see below). */
  private static void assertLoaded(Expectation expected, OutputLayout layout) throws Exception {
    assertThat(published.rowCount(layout.raw(expected.table())))
        .as("rows in raw/%s", expected.table())
        .isEqualTo(expected.loaded());
    assertThat(
            published.audit(layout.audit(expected.table())).stream()
                .mapToLong(AuditRow::collapsed)
                .sum())
        .as("rows_collapsed")
        .isEqualTo(expected.collapsed());
  }

  /**
   * Every file of the table has an audit row; rows_read is its number of data records and equals
   * loaded + collapsed + quarantined, with quarantined the rows of the quarantine from that file;
   * rows_warned is the number of its lines with a warning.
   */
  private static void assertEveryFileReconciles(
      Expectation expected, String table, Path input, OutputLayout layout) throws Exception {
    List<AuditRow> audit = published.audit(layout.audit(table));
    List<FlaggedRow> quarantine = published.flagged(layout.quarantine(table));
    List<FlaggedRow> warnings = published.flagged(layout.warnings(table));
    assertThat(audit.stream().map(AuditRow::file))
        .containsExactlyElementsOf(
            SourceFiles.find(input, table).stream()
                .map(file -> file.getFileName().toString())
                .toList());
    assertThat(published.rowCount(layout.raw(table)))
        .isEqualTo(audit.stream().mapToLong(AuditRow::loaded).sum());
    for (AuditRow file : audit) {
      assertThat(file.read()).as("%s: rows_read", file.file()).isEqualTo(file.accountedFor());
      assertThat(file.quarantined())
          .as("%s: rows_quarantined", file.file())
          .isEqualTo(quarantine.stream().filter(row -> row.file().equals(file.file())).count());
      assertThat(file.warned())
          .as("%s: rows_warned", file.file())
          .isEqualTo(
              warnings.stream()
                  .filter(row -> row.file().equals(file.file()))
                  .map(FlaggedRow::line)
                  .distinct()
                  .count())
          .isLessThanOrEqualTo(file.loaded());
      assertThat(file.read())
          .as("%s: rows_read against its data records", file.file())
          .isEqualTo(dataRecords(expected, input.resolve(file.file()), file.encoding()));
    }
  }

  /** Counted by commons-csv; where it cannot parse the file, counted by hand in expected.yml. */
  private static long dataRecords(Expectation expected, Path file, String encoding)
      throws Exception {
    String name = file.getFileName().toString();
    OptionalLong counted = DataRecords.count(file, encoding);
    Long byHand = expected.records().get(name);
    if (counted.isEmpty() && byHand == null) {
      fail("commons-csv cannot parse %s: count its data records in expected.yml (records)", name);
    }
    if (counted.isPresent() && byHand != null) {
      assertThat(byHand).as("%s: records in expected.yml", name).isEqualTo(counted.getAsLong());
    }
    return counted.isPresent() ? counted.getAsLong() : byHand;
  }
}
