package jianfu.jobs.ingest.read;

/**
 * A source file that cannot be read as its table at all (no header, a column that must be present
 * is missing, bytes its charset cannot decode). Its message names the file and what to fix; the
 * table's ingestion fails and nothing of the table is published.
 */
public class RefusedFileException extends RuntimeException {

  public RefusedFileException(String message) {
    super(message);
  }
}
