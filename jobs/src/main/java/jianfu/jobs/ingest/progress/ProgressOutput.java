package jianfu.jobs.ingest.progress;

import java.time.Duration;
import org.slf4j.LoggerFactory;

/**
 * Where progress lines go: one line rewritten in place on a terminal, plain log lines otherwise.
 */
public interface ProgressOutput {

  /** The least time between two updates. */
  Duration interval();

  /** Shows how far the work has come. */
  void update(String line);

  /** Shows the last line, once the work has ended. */
  void finish(String line);

  /**
   * A line rewritten on the terminal when this process has one, else an INFO line at most every
   * {@code logInterval} (the output is a file or a pipe, where rewriting would only add lines).
   */
  static ProgressOutput forThisProcess(Duration logInterval) {
    return System.console() != null
        ? new TerminalProgress(System.out)
        : new LoggedProgress(LoggerFactory.getLogger(ProgressOutput.class)::info, logInterval);
  }
}
