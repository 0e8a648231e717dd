package jianfu.jobs.ingest.progress;

import java.time.Duration;
import java.util.function.Consumer;

/** Progress where no terminal shows it: a plain log line at most every interval, and a last one. */
final class LoggedProgress implements ProgressOutput {

  private final Consumer<String> log;
  private final Duration interval;

  LoggedProgress(Consumer<String> log, Duration interval) {
    this.log = log;
    this.interval = interval;
  }

  @Override
  public Duration interval() {
    return interval;
  }

  @Override
  public void update(String line) {
    log.accept(line);
  }

  @Override
  public void finish(String line) {
    log.accept(line);
  }
}
