package jianfu.jobs.ingest.validate;

/** A row that breaks a rule of its table: the step skips it into the quarantine. */
public class RowRejectedException extends RuntimeException {

  private final Reason reason;
  private final String column;

  public RowRejectedException(Reason reason, String column, String message) {
    // no stack trace: rejected rows are data, and a file may have many of them
    super(message, null, false, false);
    this.reason = reason;
    this.column = column;
  }

  public Reason reason() {
    return reason;
  }

  /** The column whose rule failed. */
  public String column() {
    return column;
  }
}
