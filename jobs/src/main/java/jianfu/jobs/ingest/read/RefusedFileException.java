package jianfu.jobs.ingest.read;

/**
 * A source file that cannot be read as its table at all (no header, a column that must be present
 * is missing, bytes its charset cannot decode, a workbook that is not .xlsx, a merged or blank
 * header cell). Its message names the file and what to fix; the table's ingestion fails and nothing
 * of the table is published.
 */
public class RefusedFileException extends RuntimeException {

  public RefusedFileException(String message) {
    super(message);
  }

  /** "{@code fileName} is refused: {@code why}". */
  static RefusedFileException refused(String fileName, String why) {
    return new RefusedFileException(fileName + " is refused: " + why);
  }
}
