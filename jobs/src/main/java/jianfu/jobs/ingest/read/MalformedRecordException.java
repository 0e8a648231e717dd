package jianfu.jobs.ingest.read;

/**
 * A record that is not a CSV record of its file (BAD_ROW): it cannot be parsed, or it has another
 * number of fields than the header. The step skips it into the quarantine.
 */
public class MalformedRecordException extends RuntimeException {

  private final String sourceFile;
  private final long line;
  private final String rawRecord;

  public MalformedRecordException(String sourceFile, long line, String rawRecord, String message) {
    // no stack trace: bad records are data, and a file may have many of them
    super(message, null, false, false);
    this.sourceFile = sourceFile;
    this.line = line;
    this.rawRecord = rawRecord;
  }

  public String sourceFile() {
    return sourceFile;
  }

  public long line() {
    return line;
  }

  public String rawRecord() {
    return rawRecord;
  }
}
