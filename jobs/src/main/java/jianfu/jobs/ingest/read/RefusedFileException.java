package jianfu.jobs.ingest.read;

import java.util.List;

/**
 * Source files that cannot be read as its table at all (no header, a column that must be present is
 * missing, bytes its charset cannot decode, a workbook that is not .xlsx, a merged or blank header
 * cell). Each refusal names its file and what to fix; the table's ingestion fails and nothing of
 * the table is published.
 */
public class RefusedFileException extends RuntimeException {

  private final List<String> refusals;

  public RefusedFileException(String refusal) {
    this(List.of(refusal));
  }

  private RefusedFileException(List<String> refusals) {
    super(String.join("; ", refusals));
    this.refusals = List.copyOf(refusals);
  }

  /** The refusals of several files of one table, so that all of them are reported at once. */
  public static RefusedFileException of(List<RefusedFileException> refused) {
    return new RefusedFileException(
        refused.stream().flatMap(each -> each.refusals().stream()).toList());
  }

  /** One message per refused file, each naming the file. */
  public List<String> refusals() {
    return refusals;
  }

  /** "{@code fileName} is refused: {@code why}". */
  static RefusedFileException refused(String fileName, String why) {
    return new RefusedFileException(fileName + " is refused: " + why);
  }
}
