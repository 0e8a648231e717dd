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
    } else if (!(failure instanceof StepFailedException)) {
      commandLine.getErr().println("(run again with --verbose for the stack trace)");
    }
    return FAILED;
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }
}
