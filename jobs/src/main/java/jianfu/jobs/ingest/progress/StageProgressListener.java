package jianfu.jobs.ingest.progress;

import java.time.Duration;
import java.util.function.LongSupplier;
import jianfu.jobs.ingest.read.SourceRow;
import jianfu.jobs.ingest.read.SourceTableReader;
import jianfu.jobs.ingest.validate.ValidRow;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Reports a stage step's progress (ProgressLine) to a ProgressOutput, at most once per its
 * interval, and a last line when the step ends. Counts are taken before each chunk: every row
 * counted is in a committed chunk (the step applies a chunk's counts when it commits it).
 */
public class StageProgressListener
    implements StepExecutionListener, ChunkListener<SourceRow, ValidRow> {

  private final String table;
  private final ProgressOutput output;
  private final LongSupplier nanoTime;
  private StepExecution step;
  private long rowsBefore;
  private long started;
  private long lastShown;

  /** {@code nanoTime} is a monotonic clock in nanoseconds, System::nanoTime. */
  public StageProgressListener(String table, ProgressOutput output, LongSupplier nanoTime) {
    this.table = table;
    this.output = output;
    this.nanoTime = nanoTime;
  }

  @Override
  public void beforeStep(StepExecution stepExecution) {
    step = stepExecution;
    rowsBefore = SourceTableReader.resumesAfter(stepExecution.getExecutionContext());
    started = nanoTime.getAsLong();
    lastShown = started;
  }

  @Override
  public void beforeChunk(Chunk<SourceRow> chunk) {
    long now = nanoTime.getAsLong();
    if (now - lastShown >= output.interval().toNanos()) {
      output.update(line(now).toString());
      lastShown = now;
    }
  }

  @Override
  public ExitStatus afterStep(StepExecution stepExecution) {
    String ending =
        stepExecution.getStatus() == BatchStatus.COMPLETED
            ? ""
            : "; the stage step ended " + stepExecution.getStatus();
    output.finish(line(nanoTime.getAsLong()) + ending);
    return null;
  }

  private ProgressLine line(long now) {
    return new ProgressLine(
        table,
        rowsBefore,
        step.getReadCount() + step.getReadSkipCount(),
        Duration.ofNanos(now - started));
  }
}
