package jianfu.jobs.ingest.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import jianfu.jobs.ingest.duckdb.WorkDatabase;
import jianfu.jobs.ingest.duckdb.Workspace;
import jianfu.jobs.ingest.read.ColumnValues;
import jianfu.jobs.ingest.validate.Reason;
import jianfu.jobs.ingest.validate.ValidRow;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class StagingWriterTest {

  private final Contract contract = Contract.load();
  private WorkDatabase database;

  @BeforeEach
  void openTheWorkDatabase(@TempDir Path work) throws Exception {
    database = WorkDatabase.open("256MB", work.resolve("duckdb.tmp"));
  }

  @AfterEach
  void closeTheWorkDatabase() throws Exception {
    database.close();
  }

  @Test
  void aChunkIsStagedOnlyOnceItsStateIsSaved(@TempDir Path folder) throws Exception {
    StagingSegments segments = new StagingSegments(folder.resolve("departments.staging"));
    StagingWriter writer = writer(segments);
    ExecutionContext stepState = new ExecutionContext();
    writer.open(stepState);
    // each chunk is larger than a segment's own batch of rows, which it writes by itself
    writer.write(rows(1, 3000));
    writer.update(stepState);
    writer.write(rows(3001, 6000));
    writer.close(); // the second chunk's state was never saved: the step failed

    assertThat(stagedLines(segments)).isEqualTo(List.of(1L, 3000L, 3000L));
  }

  @Test
  void aReplayedChunkReplacesItsSegmentsInsteadOfStagingItsRowsTwice(@TempDir Path folder)
      throws Exception {
    // given: the first chunk committed, the second staged with a rejection, but the process died
    // before the job repository recorded it
    StagingSegments segments = new StagingSegments(folder.resolve("departments.staging"));
    ExecutionContext saved = new ExecutionContext();
    StagingWriter first = writer(segments);
    first.open(saved);
    first.write(rows(1, 10));
    first.update(saved);
    ExecutionContext savedAfterFirstChunk = new ExecutionContext(saved);
    first.write(rows(11, 20));
    first.quarantine(rejection(21));
    first.update(new ExecutionContext(saved));
    first.close();

    // when: the restart replays the second chunk, this time without the rejection
    StagingWriter restarted = writer(segments);
    restarted.open(savedAfterFirstChunk);
    restarted.write(rows(11, 20));
    restarted.update(savedAfterFirstChunk);
    restarted.close();

    // then
    assertThat(stagedLines(segments)).isEqualTo(List.of(1L, 20L, 20L));
    assertThat(segments.files(StagedRows.REJECTED)).isEmpty();
  }

  @Test
  void everyValueIsReadBackAtCommitAsItWasStaged(@TempDir Path folder) throws Exception {
    SourceTable applications = contract.source("applications");
    StagingSegments segments = new StagingSegments(folder.resolve("applications.staging"));
    StagingWriter writer = new StagingWriter(applications, contract.quarantine(), segments);
    String hostile = "\"quoted\", comma,\r\nnext line\u0000 NUL 中文 '); DROP TABLE x; --";
    ColumnValues<Object> edges = ColumnValues.empty(applications.columns());
    edges.set(position(applications, "application_id"), hostile);
    edges.set(position(applications, "title"), "");
    // far larger than a batch of the segment's buffer
    String large = hostile.repeat(10_000);
    edges.set(position(applications, "support_materials"), large);
    edges.set(position(applications, "support_personnel"), Integer.MIN_VALUE);
    edges.set(position(applications, "support_funding_yuan"), new BigDecimal("1E+3").setScale(2));
    edges.set(position(applications, "submitted_on"), LocalDate.of(1, 1, 1));
    edges.set(position(applications, "decided_on"), LocalDate.of(9999, 12, 31));
    edges.set(position(applications, "revoked_on"), LocalDate.of(1969, 12, 31));
    ExecutionContext stepState = new ExecutionContext();
    writer.open(stepState);
    writer.write(new Chunk<>(List.of(new ValidRow("a,b\".csv", 7, hostile, edges, List.of()))));
    writer.quarantine(new FlaggedRow("a.csv", 8, Reason.BAD_ROW.name(), null, "", "\"\"\n\"\""));
    writer.update(stepState);
    writer.close();

    try (Workspace workspace = database.workspace()) {
      StagedRows.read(workspace.connection(), applications, contract.quarantine(), segments);
      Map<String, Object> staged = onlyRow(workspace, StagedRows.STAGED);
      assertThat(staged)
          .containsEntry("_source_file", "a,b\".csv")
          .containsEntry("_line", 7L)
          .containsEntry("_raw_record", hostile)
          .containsEntry("application_id", hostile)
          .containsEntry("title", "")
          .containsEntry("legal_basis", null)
          .containsEntry("support_materials", large)
          .containsEntry("support_personnel", Integer.MIN_VALUE)
          .containsEntry("support_funding_yuan", new BigDecimal("1000.00"))
          .containsEntry("submitted_on", LocalDate.of(1, 1, 1))
          .containsEntry("decided_on", LocalDate.of(9999, 12, 31))
          .containsEntry("revoked_on", LocalDate.of(1969, 12, 31));
      assertThat(onlyRow(workspace, StagedRows.REJECTED))
          .containsEntry("column_name", null)
          .containsEntry("message", "")
          .containsEntry("raw_record", "\"\"\n\"\"");
    }
  }

  private static int position(SourceTable table, String column) {
    return table.columnNames().indexOf(column);
  }

  /** The one row of a kind of staged rows, column by column, as JDBC reads it. */
  private static Map<String, Object> onlyRow(Workspace workspace, String kind) throws Exception {
    try (Statement statement = workspace.connection().createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM " + kind)) {
      assertThat(result.next()).isTrue();
      Map<String, Object> row = new LinkedHashMap<>();
      for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
        Object value = result.getObject(column);
        row.put(
            result.getMetaData().getColumnName(column),
            value instanceof java.sql.Date date ? date.toLocalDate() : value);
      }
      assertThat(result.next()).isFalse();
      return row;
    }
  }

  private StagingWriter writer(StagingSegments segments) {
    return new StagingWriter(contract.source("departments"), contract.quarantine(), segments);
  }

  private Chunk<ValidRow> rows(long firstLine, long lastLine) {
    List<SourceColumn> columns = contract.source("departments").columns();
    return new Chunk<>(
        LongStream.rangeClosed(firstLine, lastLine)
            .mapToObj(
                line ->
                    new ValidRow(
                        "departments.csv",
                        line,
                        "row " + line,
                        ColumnValues.empty(columns),
                        List.of()))
            .toList());
  }

  private static FlaggedRow rejection(long line) {
    return new FlaggedRow(
        "departments.csv", line, Reason.BAD_ROW.name(), null, "a bad row", "row " + line);
  }

  /** The least and greatest staged line and the number of staged rows. */
  private List<Long> stagedLines(StagingSegments segments) throws Exception {
    try (Connection duck = database.connect();
        Statement statement = duck.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT min(_line), max(_line), count(*) FROM (%s)"
                    .formatted(
                        StagingSegments.readSql(
                            segments.files(StagedRows.STAGED),
                            StagedRows.columns(
                                StagedRows.STAGED,
                                contract.source("departments"),
                                contract.quarantine()))))) {
      result.next();
      return List.of(result.getLong(1), result.getLong(2), result.getLong(3));
    }
  }
}
