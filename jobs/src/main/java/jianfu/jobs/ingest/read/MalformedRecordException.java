package jianfu.jobs.ingest.read;

/**
 * A record that is not a row of its file (BAD_ROW): a CSV record that cannot be parsed or has
 * another number of fields than the header, an Excel row with an error cell or a value outside the
 * header's columns. The step skips it into the quarantine.
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
