package jianfu.jobs.ingest.stage;

/**
 * A row bound for the quarantine, or one warning of a loaded row: both are written in the
 * quarantine's columns (jobs/README.md, Warnings: warnings are written like the quarantine).
 */
public record FlaggedRow(
    String sourceFile,
    long line,
    String reason,
    String columnName,
    String message,
    String rawRecord) {

  /** The value of the quarantine column {@code name} (Contract.quarantine()). */
  Object value(String name) {
    return switch (name) {
      case "source_file" -> sourceFile;
      case "line" -> line;
      case "reason" -> reason;
      case "column_name" -> columnName;
      case "message" -> message;
      case "raw_record" -> rawRecord;
      default -> throw new IllegalStateException("no value for quarantine column " + name);
    };
  }
}
