package jianfu.jobs.ingest.validate;

/**
 * A cell as a quarantine message quotes it: whole when short, else its start and its length, so a 1
 * MB cell does not make a 1 MB message (the quarantine's raw_record keeps the whole record).
 */
final class QuotedCell {

  /** Characters (code points) shown of a longer cell. */
  static final int SHOWN = 40;

  private QuotedCell() {}

  static String of(Object cell) {
    String text = String.valueOf(cell);
    int length = text.codePointCount(0, text.length());
    if (length <= SHOWN) {
      return "'" + text + "'";
    }
    return "'"
        + text.substring(0, text.offsetByCodePoints(0, SHOWN))
        + "…' ("
        + length
        + " characters)";
  }
}
