package jianfu.jobs.ingest.stage;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.duckdb.WorkDatabase;
import jianfu.jobs.ingest.duckdb.Workspace;
import jianfu.jobs.ingest.validate.RowWarning;
import jianfu.jobs.ingest.validate.ValidRow;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SourceTable;
import org.duckdb.DuckDBAppender;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Stages a chunk's rows: valid rows to {@code staged} and their warnings to {@code warned},
 * rejections (from the skip listener) to {@code rejected}, in a workspace of the WorkDatabase that
 * holds one chunk. In {@link #update}, before the job repository records the chunk, they become the
 * chunk's Parquet segments (StagingSegments) and the tables are emptied for the next chunk. The
 * saved step state holds the number of the next segment, so a chunk replayed after a failure writes
 * its segments under the same number and replaces the earlier attempt's: nothing is staged twice.
 */
public class StagingWriter implements ItemStreamWriter<ValidRow> {

  /** The number of the next chunk's segments; present once a chunk has been committed. */
  private static final String NEXT_SEGMENT = "staging.nextSegment";

  private final SourceTable table;
  private final OutputTable quarantine;
  private final StagingSegments segments;
  private final WorkDatabase database;
  private final Map<String, Long> rowsInChunk = new LinkedHashMap<>();
  private long nextSegment;
  private Workspace workspace;
  private final Map<String, DuckDBAppender> appenders = new LinkedHashMap<>();

  public StagingWriter(
      SourceTable table, OutputTable quarantine, StagingSegments segments, WorkDatabase database) {
    this.table = table;
    this.quarantine = quarantine;
    this.segments = segments;
    this.database = database;
  }

  /** Whether a stage step with this saved state committed rows to its staging folder. */
  public static boolean hasStaged(ExecutionContext stepState) {
    return stepState.containsKey(NEXT_SEGMENT);
  }

  @Override
  public void open(ExecutionContext executionContext) {
    try {
      if (!hasStaged(executionContext)) {
        // a first attempt starts empty; a restart keeps what earlier attempts committed
        segments.delete();
      }
      nextSegment = executionContext.getLong(NEXT_SEGMENT, 0L);
      Files.createDirectories(segments.folder());
      workspace = database.workspace();
      StagedRows.create(workspace.connection(), table, quarantine);
      for (String kind : StagedRows.KINDS) {
        appenders.put(kind, workspace.appender(kind));
        rowsInChunk.put(kind, 0L);
      }
    } catch (IOException | SQLException e) {
      throw new ItemStreamException("cannot open the staging folder " + segments.folder(), e);
    }
  }

  @Override
  public void write(Chunk<? extends ValidRow> chunk) throws SQLException {
    DuckDBAppender stagedRows = appenders.get(StagedRows.STAGED);
    int columnCount = table.columns().size();
    for (ValidRow row : chunk) {
      stagedRows.beginRow();
      stagedRows.append(row.sourceFile());
      stagedRows.append(row.line());
      stagedRows.append(row.rawRecord());
      for (int i = 0; i < columnCount; i++) {
        append(stagedRows, row.values().get(i));
      }
      stagedRows.endRow();
      for (RowWarning warning : row.warnings()) {
        appendFlagged(
            StagedRows.WARNED,
            new FlaggedRow(
                row.sourceFile(),
                row.line(),
                warning.reason(),
                warning.column(),
                warning.message(),
                row.rawRecord()));
      }
    }
    rowsInChunk.merge(StagedRows.STAGED, (long) chunk.size(), Long::sum);
  }

  /** Stages a row for the quarantine. */
  public void quarantine(FlaggedRow rejection) {
    try {
      appendFlagged(StagedRows.REJECTED, rejection);
    } catch (SQLException e) {
      throw new ItemStreamException("cannot stage a rejected row of " + table.table(), e);
    }
  }

  private void appendFlagged(String kind, FlaggedRow flagged) throws SQLException {
    DuckDBAppender appender = appenders.get(kind);
    appender.beginRow();
    for (String column : quarantine.columnNames()) {
      append(appender, flagged.value(column));
    }
    appender.endRow();
    counted(kind);
  }

  private void counted(String kind) {
    rowsInChunk.merge(kind, 1L, Long::sum);
  }

  /**
   * Writes the chunk's segments before the job repository records the chunk as done; a kind without
   * rows in this chunk has no segment (one an earlier attempt of the chunk left is deleted).
   */
  @Override
  public void update(ExecutionContext executionContext) {
    if (rowsInChunk.values().stream().allMatch(rows -> rows == 0)) {
      return;
    }
    try {
      for (String kind : StagedRows.KINDS) {
        Path segment = segments.segment(nextSegment, kind);
        if (rowsInChunk.get(kind) == 0) {
          Files.deleteIfExists(segment);
          continue;
        }
        appenders.get(kind).flush();
        Path writing = StagingSegments.writing(segment);
        DuckDb.execute(
            workspace.connection(),
            "COPY %s TO %s (FORMAT parquet, COMPRESSION zstd)"
                .formatted(kind, DuckDb.literal(writing.toString())));
        StagingSegments.moveIntoPlace(writing, segment);
        emptied(kind);
      }
    } catch (IOException | SQLException e) {
      throw new ItemStreamException("cannot write to the staging folder " + segments.folder(), e);
    }
    nextSegment++;
    executionContext.putLong(NEXT_SEGMENT, nextSegment);
  }

  /**
   * Empties a kind's table for the next chunk. A new table, not DELETE: deleted rows would stay in
   * the table, and every later chunk's COPY would pass over them.
   */
  private void emptied(String kind) throws SQLException {
    appenders.get(kind).close();
    DuckDb.execute(
        workspace.connection(),
        "CREATE OR REPLACE TABLE %1$s AS FROM %1$s LIMIT 0".formatted(kind));
    appenders.put(kind, workspace.appender(kind));
    rowsInChunk.put(kind, 0L);
  }

  @Override
  public void close() {
    try {
      for (AutoCloseable open : appenders.values()) {
        open.close();
      }
      if (workspace != null) {
        workspace.close();
      }
    } catch (Exception e) {
      throw new ItemStreamException("cannot close the staging tables of " + table.table(), e);
    } finally {
      appenders.clear();
      workspace = null;
    }
  }

  private static void append(DuckDBAppender appender, Object value) throws SQLException {
    if (value == null) {
      appender.appendNull();
    } else if (value instanceof String text) {
      appender.append(text);
    } else if (value instanceof Integer number) {
      appender.append(number.intValue());
    } else if (value instanceof Long number) {
      appender.append(number.longValue());
    } else if (value instanceof BigDecimal decimal) {
      appender.append(decimal);
    } else if (value instanceof LocalDate date) {
      appender.append(date);
    } else if (value instanceof Boolean flag) {
      appender.append(flag.booleanValue());
    } else {
      throw new IllegalArgumentException("cannot stage a " + value.getClass().getSimpleName());
    }
  }
}
