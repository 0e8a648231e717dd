package jianfu.jobs.terminal;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import jianfu.schemas.TerminalText;

/**
 * {@code %terminalSafeMsg} in the log pattern (logback-spring.xml): the log message with the
 * characters a terminal acts on escaped (TerminalText). Log lines name files and quote header cells
 * and values from the data, and ingestion logs to the terminal that ran it.
 */
public class TerminalSafeMessage extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return TerminalText.escape(super.convert(event));
  }
}
