package jianfu.jobs.ingest.progress;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress on a terminal: one line rewritten in place (a carriage return, the line, blanks over
 * what a longer previous line left), a few times a second, ended with a newline when the work ends.
 */
final class TerminalProgress implements ProgressOutput {

  private static final Duration INTERVAL = Duration.ofMillis(250);

  private final PrintStream terminal;
  private int shownLength;

  TerminalProgress(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public Duration interval() {
    return INTERVAL;
  }

  @Override
  public void update(String line) {
    terminal.print('\r' + line + " ".repeat(Math.max(0, shownLength - line.length())));
    terminal.flush();
    shownLength = line.length();
  }

  @Override
  public void finish(String line) {
    update(line);
    terminal.println();
    terminal.flush();
    shownLength = 0;
  }
}
