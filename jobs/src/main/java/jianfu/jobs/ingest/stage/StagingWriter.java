package jianfu.jobs.ingest.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import jianfu.jobs.ingest.validate.RowWarning;
import jianfu.jobs.ingest.validate.ValidRow;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SourceTable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Stages a chunk's rows: valid rows to its {@code staged} segment and their warnings to its {@code
 * warned} segment, rejections (from the skip listener) to its {@code rejected} segment. In {@link
 * #update}, before the job repository records the chunk, the segments are renamed into place. The
 * saved step state holds the number of the next segment, so a chunk replayed after a failure writes
 * its segments under the same number and replaces the earlier attempt's: nothing is staged twice.
 */
public class StagingWriter implements ItemStreamWriter<ValidRow> {

  /** The number of the next chunk's segments; present once a chunk has been committed. */
  private static final String NEXT_SEGMENT = "staging.nextSegment";

  private final SourceTable table;
  private final OutputTable quarantine;
  private final StagingSegments segments;

  /** The segments this chunk has rows for, by kind. */
  private final Map<String, SegmentWriter> writing = new LinkedHashMap<>();

  private long nextSegment;

  public StagingWriter(SourceTable table, OutputTable quarantine, StagingSegments segments) {
    this.table = table;
    this.quarantine = quarantine;
    this.segments = segments;
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
    } catch (IOException e) {
      throw new ItemStreamException("cannot open the staging folder " + segments.folder(), e);
    }
  }

  @Override
  public void write(Chunk<? extends ValidRow> chunk) throws IOException {
    int columnCount = table.columns().size();
    for (ValidRow row : chunk) {
      SegmentWriter staged = segment(StagedRows.STAGED);
      staged.print(row.sourceFile());
      staged.print(row.line());
      staged.print(row.rawRecord());
      for (int i = 0; i < columnCount; i++) {
        staged.print(row.values().get(i));
      }
      staged.endRow();
      for (RowWarning warning : row.warnings()) {
        writeFlagged(
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
  }

  /** Stages a row for the quarantine. */
  public void quarantine(FlaggedRow rejection) {
    try {
      writeFlagged(StagedRows.REJECTED, rejection);
    } catch (IOException e) {
      throw new ItemStreamException("cannot stage a rejected row of " + table.table(), e);
    }
  }

  private void writeFlagged(String kind, FlaggedRow flagged) throws IOException {
    SegmentWriter segment = segment(kind);
    for (String column : quarantine.columnNames()) {
      segment.print(flagged.value(column));
    }
    segment.endRow();
  }

  /** The chunk's segment of a kind, started with its first row. */
  private SegmentWriter segment(String kind) throws IOException {
    SegmentWriter segment = writing.get(kind);
    if (segment == null) {
      segment = SegmentWriter.start(segments.segment(nextSegment, kind));
      writing.put(kind, segment);
    }
    return segment;
  }

  /**
   * Puts the chunk's segments in place before the job repository records the chunk as done; a kind
   * without rows in this chunk has no segment (one an earlier attempt of the chunk left is
   * deleted).
   */
  @Override
  public void update(ExecutionContext executionContext) {
    if (writing.isEmpty()) {
      return;
    }
    try {
      for (String kind : StagedRows.KINDS) {
        SegmentWriter segment = writing.remove(kind);
        if (segment == null) {
          Files.deleteIfExists(segments.segment(nextSegment, kind));
        } else {
          segment.finish();
        }
      }
    } catch (IOException e) {
      throw new ItemStreamException("cannot write to the staging folder " + segments.folder(), e);
    }
    nextSegment++;
    executionContext.putLong(NEXT_SEGMENT, nextSegment);
  }

  /** Deletes what a chunk that was not committed left unfinished. */
  @Override
  public void close() {
    try {
      for (SegmentWriter unfinished : writing.values()) {
        unfinished.abandon();
      }
    } catch (IOException e) {
      throw new ItemStreamException("cannot close the staging folder of " + table.table(), e);
    } finally {
      writing.clear();
    }
  }
}
