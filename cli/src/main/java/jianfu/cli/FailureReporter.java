package jianfu.cli;

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
      failure.printStackTrace(commandLine.getErr());
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

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }
}
