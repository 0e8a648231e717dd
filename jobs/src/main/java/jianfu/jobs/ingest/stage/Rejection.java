package jianfu.jobs.ingest.stage;

import jianfu.jobs.ingest.validate.Reason;

/** A row bound for the quarantine, with the values of the quarantine's columns. */
public record Rejection(
    String sourceFile,
    long line,
    Reason reason,
    String columnName,
    String message,
    String rawRecord) {

  /** The value of the quarantine column {@code name} (Contract.quarantine()). */
  Object value(String name) {
    return switch (name) {
      case "source_file" -> sourceFile;
      case "line" -> line;
      case "reason" -> reason.name();
      case "column_name" -> columnName;
      case "message" -> message;
      case "raw_record" -> rawRecord;
      default -> throw new IllegalStateException("no value for quarantine column " + name);
    };
  }
}
