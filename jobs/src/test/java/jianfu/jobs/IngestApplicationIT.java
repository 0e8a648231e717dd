package jianfu.jobs;

import static jianfu.jobs.ingest.ParquetQueries.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The command as ./jianfu runs it: exit codes, messages, refusal, restart and idempotence. */
@ExtendWith(OutputCaptureExtension.class)
class IngestApplicationIT {

  private static final Contract CONTRACT = Contract.load();
  private static final String DEPARTMENTS = "dept_code,dept_name,category\n";

  @TempDir Path input;
  @TempDir Path output;

  @Test
  void refusesAFileWithoutARequiredColumnAndKeepsWhatWasPublishedBefore(CapturedOutput console)
      throws Exception {
    // given: departments were published from one file; a second file lacks category
    write("departments.csv", DEPARTMENTS + "D01,民政局,GOVERNMENT\n");
    assertThat(ingest("--tables", "departments")).isZero();
    write("departments-2.csv", "dept_code,dept_name\nD02,组织部\n");

    // when
    int exitCode = ingest("--tables", "departments");

    // then
    assertThat(exitCode).isEqualTo(1);
    assertThat(console.getAll())
        .contains("departments: departments-2.csv is refused: its header has no column 'category'")
        .doesNotContain("\tat org.springframework");
    assertThat(rows("SELECT dept_code FROM {}", layout().raw("departments")))
        .containsExactly("D01");
    assertThat(rows("SELECT source_file FROM {}", layout().audit("departments")))
        .containsExactly("departments.csv");
  }

  @Test
  void aFailedRunThatIsFixedCompletesWhenRunAgain(CapturedOutput console) throws Exception {
    // given: the second file is refused, then fixed
    write("departments.csv", DEPARTMENTS + "D01,民政局,GOVERNMENT\n");
    write("departments-2.csv", "dept_code,dept_name\nD02,组织部\n");
    assertThat(ingest("--tables", "departments")).isEqualTo(1);
    write("departments-2.csv", DEPARTMENTS + "D02,组织部,PARTY\n");

    // when
    int exitCode = ingest("--tables", "departments");

    // then
    assertThat(exitCode).isZero();
    assertThat(console.getAll()).contains("departments: restarting the run that ended FAILED");
    assertThat(rows("SELECT dept_code FROM {}", layout().raw("departments")))
        .containsExactly("D02", "D01");
    assertThat(
            rows(
                "SELECT source_file, rows_read, rows_loaded FROM {}",
                layout().audit("departments")))
        .containsExactly("departments-2.csv|1|1", "departments.csv|1|1");
  }

  @Test
  void aRunThatFailsInPublicationPublishesFromItsStagedSegmentsWithoutCopies(CapturedOutput console)
      throws Exception {
    // given: 2000 rows in chunks of 1000; row 1200 has an unknown category. A file stands where
    // the raw folder goes, so the run stages every row, then fails to publish.
    List<String> rows = new ArrayList<>();
    for (int row = 1; row <= 2000; row++) {
      rows.add("D%04d,%s,%s\n".formatted(row, "部门名称", row == 1200 ? "BUREAU" : "GOVERNMENT"));
    }
    write("departments.csv", DEPARTMENTS + String.join("", rows));
    Path obstacle = layout().raw("departments").getParent();
    Files.writeString(obstacle, "in the way");
    assertThat(ingest("--tables", "departments", "--ingest.chunk_size=1000")).isEqualTo(1);
    assertThat(layout().staging("departments").folder()).isDirectory();
    Files.delete(obstacle);

    // when
    int exitCode = ingest("--tables", "departments", "--ingest.chunk_size=1000");

    // then
    assertThat(exitCode).isZero();
    assertThat(console.getAll()).contains("departments: restarting the run that ended FAILED");
    assertThat(
            rows("SELECT count(*), count(DISTINCT dept_code) FROM {}", layout().raw("departments")))
        .containsExactly("1999|1999");
    assertThat(rows("SELECT line, reason FROM {}", layout().quarantine("departments")))
        .containsExactly("1201|BAD_ENUM");
    assertThat(
            rows(
                "SELECT rows_read, rows_loaded, rows_quarantined FROM {}",
                layout().audit("departments")))
        .containsExactly("2000|1999|1");
  }

  @Test
  void refusesAFileNeitherUtf8NorGb18030NamingTheByteOffset(CapturedOutput console)
      throws Exception {
    // given: row 1900 has FF as its 9th byte; the header is 29 bytes and every row 30 (D0001, two
    // commas and a line feed: 8, 部门名称: 12, GOVERNMENT: 10), so FF is at 29 + 1899 * 30 + 8 =
    // 57007. It replaces the last byte of 部 (E9 83 A8, from 57005): for UTF-8 the character at
    // 57005 is broken; for GB18030 E9 83 is a character and FF (57007) is the first bad byte.
    List<String> rows = new ArrayList<>();
    for (int row = 1; row <= 2000; row++) {
      rows.add("D%04d,部门名称,GOVERNMENT\n".formatted(row));
    }
    byte[] text = (DEPARTMENTS + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    text[29 + 1899 * 30 + 8] = (byte) 0xFF;
    Files.write(input.resolve("departments.csv"), text);

    // when
    int exitCode = ingest("--tables", "departments");

    // then
    assertThat(exitCode).isEqualTo(1);
    assertThat(console.getAll())
        .contains(
            "departments.csv is refused: it is neither UTF-8 text (the byte at offset 57005 cannot"
                + " be decoded) nor GB18030 text (the byte at offset 57007 cannot be decoded)");
    assertThat(layout().raw("departments")).doesNotExist();
  }

  @Test
  void readsATableInTheCharsetTheConfFileNames() throws Exception {
    // given: 台 in GB18030 (CC A8) is also UTF-8 (U+0328), so only the configuration reads it right
    Files.write(
        input.resolve("departments.csv"),
        (DEPARTMENTS + "D01,台办,GOVERNMENT\n").getBytes(Charset.forName("GB18030")));
    Path conf = input.resolve("jianfu.yml");
    Files.writeString(conf, "ingest:\n  encodings: {departments: GB18030}\n");

    // when
    int exitCode = ingest("--tables", "departments", "--conf", conf.toString());

    // then
    assertThat(exitCode).isZero();
    assertThat(rows("SELECT dept_name FROM {}", layout().raw("departments"))).containsExactly("台办");
    assertThat(rows("SELECT encoding FROM {}", layout().audit("departments")))
        .containsExactly("GB18030");
  }

  @Test
  void ingestingTheSameInputTwiceGivesTheSameOutputs() throws Exception {
    // given
    copyFixture("district");
    String[] tables = {"--tables", "org_units,departments,applications,ledgers"};
    assertThat(ingest(tables)).isZero();
    List<String> first = publishedRows();

    // when
    int exitCode = ingest(tables);

    // then
    assertThat(exitCode).isZero();
    assertThat(publishedRows()).isEqualTo(first).hasSizeGreaterThan(50);
  }

  @Test
  void twoWorkersPublishWhatOneWorkerPublishes(CapturedOutput console) throws Exception {
    // given: every table of the district, one after another
    copyFixture("district");
    assertThat(ingest("--ingest.workers=1")).isZero();
    List<String> oneWorker = publishedRows();

    // when: two tables at a time
    int exitCode = ingest("--ingest.workers=2");

    // then
    assertThat(exitCode).isZero();
    assertThat(publishedRows()).isEqualTo(oneWorker).hasSizeGreaterThan(50);
    assertThat(console.getAll())
        .containsPattern("ingest: \\d+ tables, \\d+ rows read in [0-9.]+ s \\(workers: 1\\)")
        .containsPattern("ingest: \\d+ tables, \\d+ rows read in [0-9.]+ s \\(workers: 2\\)");
  }

  @Test
  void loadedRowsKeepFileOrderAcrossManySegments() throws Exception {
    // given: 12,000 work items over two files, work_items-2.csv (read first) holding the lower
    // numbers; chunks of 100 rows stage them in about 120 segments, which DuckDB reads in parallel
    LargeDistrict.write(input, 12_000);

    // when
    int exitCode = ingest("--ingest.chunk_size=100");

    // then: the published rows follow the files and their lines, item after item
    assertThat(exitCode).isZero();
    assertThat(
            rows(
                """
                SELECT count(*) > 11000, count(*) FILTER (WHERE item_code <= item_before)
                FROM (SELECT item_code, lag(item_code) OVER () AS item_before FROM {})
                """,
                layout().raw("work_items")))
        .containsExactly("true|0");
  }

  @Test
  void aWrongCommandLineIsAUsageError(CapturedOutput console) {
    // when
    int missingOutput = IngestApplication.run("--input", input.toString());
    int unknownTable = ingest("--tables", "nope");

    // then
    assertThat(missingOutput).isEqualTo(2);
    assertThat(unknownTable).isEqualTo(2);
    assertThat(console.getAll())
        .contains("--output is required")
        .contains("unknown source table 'nope'");
  }

  @Test
  void aSourceSettingForATableTheContractLacksStopsTheRunBeforeAnyTable(CapturedOutput console)
      throws Exception {
    // given
    write("departments.csv", DEPARTMENTS + "D01,民政局,GOVERNMENT\n");

    // when
    int exitCode = ingest("--ingest.sources.ledger.jdbc.url=jdbc:postgresql://127.0.0.1/district");

    // then
    assertThat(exitCode).isEqualTo(1);
    assertThat(console.getAll())
        .contains(
            "ingestion could not start: ingest.sources.ledger: unknown source table 'ledger'");
    assertThat(layout().raw("departments")).doesNotExist();
  }

  private int ingest(String... arguments) {
    List<String> command =
        new ArrayList<>(List.of("--input", input.toString(), "--output", output.toString()));
    command.addAll(List.of(arguments));
    return IngestApplication.run(command.toArray(String[]::new));
  }

  /** Every row of every raw, quarantine and audit file, in file order, prefixed by its file. */
  private List<String> publishedRows() throws IOException, SQLException {
    List<String> published = new ArrayList<>();
    try (Stream<Path> files = Files.walk(output)) {
      for (Path file :
          files.filter(path -> path.toString().endsWith(".parquet")).sorted().toList()) {
        rows("SELECT * FROM {}", file)
            .forEach(row -> published.add(output.relativize(file) + ": " + row));
      }
    }
    return published;
  }

  private OutputLayout layout() {
    return new OutputLayout(output, CONTRACT);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(input.resolve(name), text, StandardCharsets.UTF_8);
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
