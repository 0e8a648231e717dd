package jianfu.jobs.ingest.stage;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.validate.RowWarning;
import jianfu.jobs.ingest.validate.ValidRow;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Appends the stage step's rows to the table's work file: valid rows to {@code staged} and their
 * warnings to {@code warned}, rejections (from the skip listener) to {@code rejected}. The work
 * file commits once per chunk, in {@link #update}, before the job repository records the chunk;
 * rows appended since are rolled back when the work file closes. DuckDB is not part of the chunk
 * transaction: rows of a chunk that is replayed after a failure are appended again, and publication
 * keeps one copy of each (source_file, line).
 */
public class StagingWriter implements ItemStreamWriter<ValidRow> {

  /** Present in the step's saved state once a chunk has been committed. */
  private static final String STAGED_BEFORE = "staging.workFile";

  private static final String BEGIN = "BEGIN TRANSACTION";
  private static final String COMMIT = "COMMIT";

  private final SourceTable table;
  private final OutputTable quarantine;
  private final Path workFile;
  private final String memoryLimit;
  private DuckDBConnection duck;
  private DuckDBAppender stagedRows;
  private DuckDBAppender rejectedRows;
  private DuckDBAppender warnings;

  /** {@code memoryLimit}: the work file's DuckDB memory_limit (DuckDb.open). */
  public StagingWriter(
      SourceTable table, OutputTable quarantine, Path workFile, String memoryLimit) {
    this.table = table;
    this.quarantine = quarantine;
    this.workFile = workFile;
    this.memoryLimit = memoryLimit;
  }

  /** Whether a stage step with this saved state committed rows to its work file. */
  public static boolean hasStaged(ExecutionContext stepState) {
    return stepState.containsKey(STAGED_BEFORE);
  }

  @Override
  public void open(ExecutionContext executionContext) {
    try {
      if (!hasStaged(executionContext)) {
        // a first attempt starts empty; a restart keeps what earlier attempts committed
        StagingTables.delete(workFile);
      }
      Files.createDirectories(workFile.getParent());
      duck = DuckDb.open(workFile, memoryLimit);
      StagingTables.create(duck, table, quarantine);
      // One DuckDB transaction per chunk: the appenders flush every 2,048 rows, and outside a
      // transaction each flush is a commit that syncs the work file's log to disk. (The driver's
      // setAutoCommit(false) would not do: it begins a transaction only when a statement runs.)
      DuckDb.execute(duck, BEGIN);
      stagedRows = duck.createAppender(StagingTables.STAGED);
      rejectedRows = duck.createAppender(StagingTables.REJECTED);
      warnings = duck.createAppender(StagingTables.WARNED);
    } catch (IOException | SQLException e) {
      throw new ItemStreamException("cannot open the work file " + workFile, e);
    }
  }

  @Override
  public void write(Chunk<? extends ValidRow> chunk) throws SQLException {
    for (ValidRow row : chunk) {
      stagedRows.beginRow();
      stagedRows.append(row.sourceFile());
      stagedRows.append(row.line());
      stagedRows.append(row.rawRecord());
      for (SourceColumn column : table.columns()) {
        append(stagedRows, row.values().get(column.name()));
      }
      stagedRows.endRow();
      for (RowWarning warning : row.warnings()) {
        appendFlagged(
            warnings,
            new FlaggedRow(
                row.sourceFile(),
                row.line(),
                warning.reason(),
                warning.column(),
                warning.message(),
                row.rawRecord()));
      }
    }
  }

  /** Stages a row for the quarantine. */
  public void quarantine(FlaggedRow rejection) {
    try {
      appendFlagged(rejectedRows, rejection);
    } catch (SQLException e) {
      throw new ItemStreamException("cannot stage a rejected row in " + workFile, e);
    }
  }

  private void appendFlagged(DuckDBAppender appender, FlaggedRow flagged) throws SQLException {
    appender.beginRow();
    for (String column : quarantine.columnNames()) {
      append(appender, flagged.value(column));
    }
    appender.endRow();
  }

  /** Makes the chunk's rows durable before the job repository records the chunk as done. */
  @Override
  public void update(ExecutionContext executionContext) {
    try {
      stagedRows.flush();
      rejectedRows.flush();
      warnings.flush();
      DuckDb.execute(duck, COMMIT);
      DuckDb.execute(duck, BEGIN);
    } catch (SQLException e) {
      throw new ItemStreamException("cannot write to the work file " + workFile, e);
    }
    executionContext.putString(STAGED_BEFORE, workFile.toString());
  }

  @Override
  public void close() {
    try {
      for (AutoCloseable open : new AutoCloseable[] {stagedRows, rejectedRows, warnings, duck}) {
        if (open != null) {
          open.close();
        }
      }
    } catch (Exception e) {
      throw new ItemStreamException("cannot close the work file " + workFile, e);
    } finally {
      stagedRows = null;
      rejectedRows = null;
      warnings = null;
      duck = null;
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
