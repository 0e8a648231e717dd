package jianfu.jobs.terminal;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import jianfu.schemas.TerminalText;

/**
 * {@code %terminalSafeEx} in the log pattern (logback-spring.xml): a stack trace (logged with
 * --verbose) keeps its lines, but what its messages quote from the data is escaped (TerminalText).
 */
public class TerminalSafeThrowable extends ThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return TerminalText.escapeWithinLines(super.convert(event));
  }
}
