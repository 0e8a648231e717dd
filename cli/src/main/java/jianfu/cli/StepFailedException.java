package jianfu.cli;

/** A step of a command failed; the message says what to do about it. */
final class StepFailedException extends RuntimeException {
  StepFailedException(String message) {
    super(message);
  }

  /** A failure of a step caused by {@code cause}, whose stack trace --verbose shows. */
  StepFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
