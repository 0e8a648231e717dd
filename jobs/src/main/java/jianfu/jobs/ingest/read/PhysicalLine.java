package jianfu.jobs.ingest.read;

/**
 * One physical line of CSV text and what its quotes do, which is all RecordSplitter needs to join
 * lines into records: a record starting on this line goes on past it when the line opens a quote it
 * does not close; a record that reaches this line inside quotes goes on past it when the line
 * leaves the quote open.
 *
 * @param number the line's number in the file (the header is line 1)
 * @param text the line without its terminator; only its first {@link RecordSizeLimit} bytes when it
 *     is longer ({@code bytes} is then larger than the text)
 * @param terminator {@code \n}, {@code \r\n} or {@code \r}; empty at the end of the text
 * @param bytes the whole line's size as UTF-8, without the terminator
 * @param opensQuote read from a record's start, the line ends inside quotes
 * @param staysQuoted read from inside quotes, the line ends inside quotes
 */
record PhysicalLine(
    long number,
    String text,
    String terminator,
    long bytes,
    boolean opensQuote,
    boolean staysQuoted) {

  /** The line and its terminator, as a record spanning it counts them. */
  long span() {
    return bytes + terminator.length();
  }

  /** An empty line is no record, but a line of spaces is one. */
  boolean isEmpty() {
    return bytes == 0;
  }
}
