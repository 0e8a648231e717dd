package jianfu.jobs;

import static jianfu.jobs.ingest.ParquetQueries.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jianfu.jobs.infrastructure.JobRepositoryDefaults;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Crash safety: an ingestion killed with SIGKILL while it stages a table, run again and killed
 * while it publishes that table, then run to the end, publishes exactly what an uninterrupted run
 * of the same input publishes; nothing partial is ever visible among the published files.
 */
@ExtendWith(OutputCaptureExtension.class)
class IngestCrashIT {

  private static final String TABLE = "work_items";
  private static final String REFERRED_TO = "org_units,departments,applications";
  private static final int WORK_ITEMS = 50_000;
  private static final int CHUNK_SIZE = 1000;

  /** How long to wait for a line of a child's output: long, for a machine busy with other work. */
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  /** How a JVM killed by signal 9 exits: 128 + 9. */
  private static final int KILLED = 137;

  private static final Pattern PROGRESS = Pattern.compile(TABLE + ": ([0-9,]+) rows read");
  private static final List<String> PUBLISHED = List.of("raw", "quarantine", "warnings", "audit");
  private static final Contract CONTRACT = Contract.load();

  @TempDir Path input;
  @TempDir Path uninterrupted;
  @TempDir Path interrupted;

  @Test
  void aRunKilledWhileStagingThenWhilePublishingEndsAsAnUninterruptedRun(CapturedOutput console)
      throws Exception {
    // given: the input ingested without interruption; the tables work_items refers to ingested
    long records = LargeDistrict.write(input, WORK_ITEMS);
    assertThat(IngestApplication.run(arguments(uninterrupted, REFERRED_TO + "," + TABLE))).isZero();
    assertThat(IngestApplication.run(arguments(interrupted, REFERRED_TO))).isZero();

    // when: killed in the stage step of work_items once chunks of it are committed
    try (ChildIngestion child = ChildIngestion.start(childArguments())) {
      child.awaitLine(line -> rowsRead(line) >= 3 * CHUNK_SIZE, PATIENCE);
      assertThat(child.kill()).isEqualTo(KILLED);
    }

    // then: the job repository has the stage step running with committed chunks; nothing of
    // work_items is published, the tables before it are, complete
    assertThat(lastStepOfTable("stage")).startsWith("STARTED|").isNotEqualTo("STARTED|0");
    assertEveryPublishedFileIsComplete();
    assertThat(layout(interrupted).raw(TABLE)).doesNotExist();

    // when: run again, it resumes the stage step; killed once it commits
    try (ChildIngestion child = ChildIngestion.start(childArguments())) {
      child.awaitLine(line -> line.contains(TABLE + ": committing"), PATIENCE);
      assertThat(child.kill()).isEqualTo(KILLED);
      assertThat(child.output())
          .contains(TABLE + ": restarting the run that ended STARTED")
          .containsPattern(TABLE + ": [0-9,]+ rows read \\([0-9,]+ of them before the restart\\)");
    }

    // then: the commit step was running; what is published is complete
    assertThat(lastStepOfTable("commit")).startsWith("STARTED|");
    assertEveryPublishedFileIsComplete();
    Path killedRaw = layout(interrupted).raw(TABLE);
    if (Files.exists(killedRaw)) {
      assertThat(rows("SELECT count(*) FROM {}", killedRaw))
          .isEqualTo(rows("SELECT count(*) FROM {}", layout(uninterrupted).raw(TABLE)));
    }

    // when: run again to the end
    int exitCode = IngestApplication.run(arguments(interrupted, TABLE));

    // then: the same rows as the uninterrupted run, every record accounted for once
    assertThat(exitCode).isZero();
    assertThat(console.getAll()).contains(TABLE + ": restarting the run that ended STARTED");
    assertSamePublishedRows(uninterrupted, interrupted);
    Path audit = layout(interrupted).audit(TABLE);
    assertThat(
            rows(
                "SELECT sum(rows_read), sum(rows_loaded + rows_collapsed + rows_quarantined),"
                    + " sum(rows_collapsed) > 0 FROM {}",
                audit))
        .containsExactly(records + "|" + records + "|true");
    assertThat(
            rows(
                "SELECT DISTINCT reason FROM {} ORDER BY 1", layout(interrupted).quarantine(TABLE)))
        .containsExactly("BAD_ROW", "BAD_TYPE", "DUPLICATE_KEY", "MISSING_FIELD");
    // an unknown department only attributes a work item: it loads, with a warning
    assertThat(
            rows("SELECT DISTINCT reason FROM {} ORDER BY 1", layout(interrupted).warnings(TABLE)))
        .containsExactly("UNRESOLVED_DEPARTMENT");
  }

  private String[] arguments(Path output, String tables) {
    return new String[] {
      "--input",
      input.toString(),
      "--output",
      output.toString(),
      "--tables",
      tables,
      "--ingest.chunk_size=" + CHUNK_SIZE
    };
  }

  /** The interrupted run of work_items, with a progress line every 100 ms to wait for. */
  private List<String> childArguments() {
    List<String> arguments = new ArrayList<>(List.of(arguments(interrupted, TABLE)));
    arguments.add("--ingest.progress_interval=100ms");
    return arguments;
  }

  /** The rows read that a progress line of work_items reports, -1 for any other line. */
  private static long rowsRead(String line) {
    Matcher progress = PROGRESS.matcher(line);
    return progress.find() ? Long.parseLong(progress.group(1).replace(",", "")) : -1;
  }

  /** "STATUS|COMMIT_COUNT" of the last execution of step {@code step} of work_items. */
  private String lastStepOfTable(String step) throws SQLException {
    String url = (String) JobRepositoryDefaults.forOutput(interrupted).get("spring.datasource.url");
    try (Connection repository = DriverManager.getConnection(url);
        PreparedStatement query =
            repository.prepareStatement(
                """
                SELECT s.STATUS, s.COMMIT_COUNT FROM BATCH_STEP_EXECUTION s
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                WHERE p.PARAMETER_NAME = 'table' AND p.PARAMETER_VALUE = ? AND s.STEP_NAME = ?
                ORDER BY s.STEP_EXECUTION_ID DESC LIMIT 1
                """)) {
      query.setString(1, TABLE);
      query.setString(2, step);
      try (ResultSet last = query.executeQuery()) {
        assertThat(last.next()).as("an execution of step " + step).isTrue();
        return last.getString(1) + "|" + last.getLong(2);
      }
    }
  }

  /**
   * Every file under raw/, quarantine/, warnings/ and audit/ is a Parquet file DuckDB reads to the
   * end.
   */
  private void assertEveryPublishedFileIsComplete() throws IOException, SQLException {
    for (Path file : publishedFiles(interrupted)) {
      assertThat(file.toString()).endsWith(".parquet");
      assertThat(rows("SELECT count(*) FROM {}", interrupted.resolve(file))).hasSize(1);
    }
  }

  /** The same published files, holding the same rows: compared as multisets both ways. */
  private static void assertSamePublishedRows(Path expected, Path actual)
      throws IOException, SQLException {
    List<Path> files = publishedFiles(expected);
    assertThat(publishedFiles(actual)).isEqualTo(files);
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement()) {
      for (Path file : files) {
        String wanted = "read_parquet('" + expected.resolve(file) + "')";
        String got = "read_parquet('" + actual.resolve(file) + "')";
        try (ResultSet comparison =
            statement.executeQuery(
                """
                SELECT (SELECT count(*) FROM %1$s), (SELECT count(*) FROM %2$s),
                  (SELECT count(*) FROM (SELECT * FROM %1$s EXCEPT ALL SELECT * FROM %2$s)),
                  (SELECT count(*) FROM (SELECT * FROM %2$s EXCEPT ALL SELECT * FROM %1$s))
                """
                    .formatted(wanted, got))) {
          comparison.next();
          assertThat(List.of(comparison.getLong(2), comparison.getLong(3), comparison.getLong(4)))
              .as(file.toString())
              .containsExactly(comparison.getLong(1), 0L, 0L);
        }
      }
    }
  }

  /**
   * The files under raw/, quarantine/, warnings/ and audit/ of an output, relative to it, sorted.
   */
  private static List<Path> publishedFiles(Path output) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : PUBLISHED) {
      if (Files.isDirectory(output.resolve(folder))) {
        try (Stream<Path> tree = Files.walk(output.resolve(folder))) {
          tree.filter(Files::isRegularFile).map(output::relativize).forEach(files::add);
        }
      }
    }
    return files.stream().sorted().toList();
  }

  private static OutputLayout layout(Path output) {
    return new OutputLayout(output, CONTRACT);
  }
}
