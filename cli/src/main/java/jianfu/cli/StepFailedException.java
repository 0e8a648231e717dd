package jianfu.cli;

/** A step of a command failed; the message says what to do about it. */
final class StepFailedException extends RuntimeException {
  StepFailedException(String message) {
    super(message);
  }
}
