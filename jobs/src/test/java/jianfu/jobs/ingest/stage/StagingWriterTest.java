package jianfu.jobs.ingest.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.validate.ValidRow;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class StagingWriterTest {

  private static final String MEMORY_LIMIT = "256MB";

  private final Contract contract = Contract.load();

  @Test
  void aChunkIsInTheWorkFileOnlyOnceItsStateIsSaved(@TempDir Path folder) throws SQLException {
    Path workFile = folder.resolve("departments.duckdb");
    StagingWriter writer =
        new StagingWriter(
            contract.source("departments"), contract.quarantine(), workFile, MEMORY_LIMIT);
    ExecutionContext stepState = new ExecutionContext();
    writer.open(stepState);
    // each chunk is larger than the appender's own batch (2,048 rows), which it flushes by itself
    writer.write(rows(1, 3000));
    writer.update(stepState);
    writer.write(rows(3001, 6000));
    writer.close(); // the second chunk's state was never saved: the step failed

    assertThat(stagedLines(workFile)).isEqualTo(List.of(1L, 3000L, 3000L));
  }

  private static Chunk<ValidRow> rows(long firstLine, long lastLine) {
    return new Chunk<>(
        LongStream.rangeClosed(firstLine, lastLine)
            .mapToObj(
                line -> new ValidRow("departments.csv", line, "row " + line, Map.of(), List.of()))
            .toList());
  }

  /** The least and greatest staged line and the number of staged rows. */
  private static List<Long> stagedLines(Path workFile) throws SQLException {
    try (Connection duck = DuckDb.open(workFile, MEMORY_LIMIT);
        Statement statement = duck.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT min(_line), max(_line), count(*) FROM staged")) {
      result.next();
      return List.of(result.getLong(1), result.getLong(2), result.getLong(3));
    }
  }
}
