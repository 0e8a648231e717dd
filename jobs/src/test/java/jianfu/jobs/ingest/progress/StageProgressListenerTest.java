package jianfu.jobs.ingest.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jianfu.jobs.ingest.read.SourceRow;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;

class StageProgressListenerTest {

  private static final long MILLIS = 1_000_000;

  /** The test's clock, in nanoseconds; the listener reads it, the test moves it. */
  private long now = 5_000 * MILLIS;

  private final StepExecution step = MetaDataInstanceFactory.createStepExecution();

  @Test
  void logsALineAtMostEveryIntervalAndALastOne() {
    // given: a 10 s interval and a chunk of 1000 rows every 3 s for 30 s
    List<String> log = new ArrayList<>();
    StageProgressListener listener = listener(new LoggedProgress(log::add, Duration.ofSeconds(10)));
    listener.beforeStep(step);

    // when
    for (int chunk = 1; chunk <= 10; chunk++) {
      now += 3_000 * MILLIS;
      listener.beforeChunk(new Chunk<SourceRow>());
      step.setReadCount(chunk * 1000L);
    }
    step.setStatus(BatchStatus.COMPLETED);
    listener.afterStep(step);

    // then: at 12 s (3 chunks committed) and 24 s (7), then the last line at 30 s
    assertThat(log)
        .containsExactly(
            "work_items: 3,000 rows read, 250 rows/s, 0:12 elapsed",
            "work_items: 7,000 rows read, 292 rows/s, 0:24 elapsed",
            "work_items: 10,000 rows read, 333 rows/s, 0:30 elapsed");
  }

  @Test
  void rewritesOneTerminalLineAFewTimesASecondAndEndsIt() {
    // given: a chunk every 100 ms, the third one with a bad row skipped in reading
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    StageProgressListener listener =
        listener(new TerminalProgress(new PrintStream(terminal, true, StandardCharsets.UTF_8)));
    listener.beforeStep(step);

    // when
    for (int chunk = 1; chunk <= 6; chunk++) {
      now += 100 * MILLIS;
      listener.beforeChunk(new Chunk<SourceRow>());
      step.setReadCount(chunk * 99_999L);
      step.setReadSkipCount(chunk < 3 ? 0 : 1);
    }
    step.setStatus(BatchStatus.FAILED);
    listener.afterStep(step);

    // then: updates at 300 ms and 600 ms (every 250 ms at most), each over the previous line
    assertThat(terminal.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "\rwork_items: 199,998 rows read, 666,660 rows/s, 0:00 elapsed"
                + "\rwork_items: 499,996 rows read, 833,327 rows/s, 0:00 elapsed"
                + "\rwork_items: 599,995 rows read, 999,992 rows/s, 0:00 elapsed;"
                + " the stage step ended FAILED\n");
  }

  @Test
  void blanksWhatALongerLineLeftOnTheTerminal() {
    // given
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    TerminalProgress progress =
        new TerminalProgress(new PrintStream(terminal, true, StandardCharsets.UTF_8));

    // when
    progress.update("ledgers: 12345");
    progress.finish("ledgers: 9");

    // then
    assertThat(terminal.toString(StandardCharsets.UTF_8))
        .isEqualTo("\rledgers: 12345\rledgers: 9    \n");
  }

  @Test
  void countsTheRowsReadBeforeARestartButRatesOnlyThisRun() {
    // given: the step resumes after 2,000,000 records
    List<String> log = new ArrayList<>();
    step.getExecutionContext().putInt("sourceReader.read.count", 2_000_000);
    StageProgressListener listener = listener(new LoggedProgress(log::add, Duration.ofSeconds(1)));
    listener.beforeStep(step);

    // when: 1 h 2 min 5 s later, 450,000 more rows have been read
    now += 3_725_000 * MILLIS;
    step.setReadCount(450_000);
    listener.beforeChunk(new Chunk<SourceRow>());

    // then
    assertThat(log)
        .containsExactly(
            "work_items: 2,450,000 rows read (2,000,000 of them before the restart), 121 rows/s,"
                + " 1:02:05 elapsed");
  }

  private StageProgressListener listener(ProgressOutput output) {
    return new StageProgressListener("work_items", output, () -> now);
  }
}
