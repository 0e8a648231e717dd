package jianfu.jobs.ingest.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.LongStream;
import jianfu.jobs.ingest.duckdb.WorkDatabase;
import jianfu.jobs.ingest.read.ColumnValues;
import jianfu.jobs.ingest.validate.Reason;
import jianfu.jobs.ingest.validate.ValidRow;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.SourceColumn;
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
    // each chunk is larger than the appender's own batch (2,048 rows), which it flushes by itself
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

  private StagingWriter writer(StagingSegments segments) {
    return new StagingWriter(
        contract.source("departments"), contract.quarantine(), segments, database);
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
                "SELECT min(_line), max(_line), count(*) FROM read_parquet(%s)"
                    .formatted(DuckDbSql.fileList(segments.files(StagedRows.STAGED))))) {
      result.next();
      return List.of(result.getLong(1), result.getLong(2), result.getLong(3));
    }
  }
}
