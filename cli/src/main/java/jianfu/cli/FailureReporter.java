package jianfu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import jianfu.schemas.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a failure as one line a person can act on; the stack trace only with --verbose. */
final class FailureReporter implements IExecutionExceptionHandler {

  static final int FAILED = 1;

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, ParseResult parseResult) {
    boolean verbose =
        parseResult.hasMatchedOption("--verbose")
            || parseResult.subcommands().stream()
                .anyMatch(sub -> sub.hasMatchedOption("--verbose"));
    commandLine
        .getErr()
        .println("jianfu " + commandLine.getCommandName() + ": " + describe(failure));
    if (verbose) {
      commandLine.getErr().print(TerminalText.escapeWithinLines(stackTrace(failure)));
    } else if (unexpected(failure)) {
      commandLine.getErr().println("(run again with --verbose for the stack trace)");
    }
    return FAILED;
  }

  /** A failure no step of jianfu described: its stack trace may help. */
  private static boolean unexpected(Throwable failure) {
    Throwable cause = failure.getCause();
    return !(failure instanceof StepFailedException)
        || (cause != null && !(cause instanceof StepFailedException));
  }

  private static String stackTrace(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    // a message may quote a path or a value from the data: shown, never acted on by the terminal
    return message == null || message.isBlank()
        ? failure.getClass().getSimpleName()
        : TerminalText.escape(message);
  }
}
