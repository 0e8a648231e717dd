package jianfu.jobs.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Splits CSV text into records without parsing them. commons-csv cannot resume after a malformed
 * record and does not expose a record's raw text, so the file is split here (quote-aware, as RFC
 * 4180 quotes work: a line break inside quotes does not end a record) and each record is parsed on
 * its own. One malformed record is then one BAD_ROW, with its raw text and the physical line where
 * it starts, and the scan goes on.
 *
 * <p>A quote never closed would make the rest of the file one record, and a record may grow past
 * any memory: a record still open at the end of the text, or longer than the {@link
 * RecordSizeLimit}, is only the line where it starts (a malformed record), and the next line starts
 * the next record. The lines after it were read already; they are kept (at most the limit) rather
 * than read again, and since every line they hold but the last leaves a quote open, a record
 * starting on one of them ends where the failed one would have, which is known without a scan. So
 * every character is read once, whatever the quotes: time is linear in the file and memory bounded
 * by the limit.
 */
public final class RecordSplitter implements Closeable {

  private final PhysicalLines lines;
  private final RecordSizeLimit limit;

  /**
   * Lines read after the first line of the record being assembled (or of the last one that failed):
   * every one but the last leaves a quote open.
   */
  private final Deque<PhysicalLine> ahead = new ArrayDeque<>();

  /** The spans of the lines ahead, terminators included. */
  private long aheadSpan;

  public RecordSplitter(Reader reader, RecordSizeLimit limit) {
    this.lines = new PhysicalLines(reader, limit);
    this.limit = limit;
  }

  /** The next record, or null at the end of the text. An empty line is no record. */
  public RawRecord next() throws IOException {
    for (PhysicalLine first = nextLine(); first != null; first = nextLine()) {
      if (first.isEmpty()) {
        continue;
      }
      if (!first.opensQuote()) {
        return limit.exceededBy(first.bytes())
            ? tooLong(first, "the record is longer than " + limit.describe())
            : new RawRecord(first.number(), first.text(), null);
      }
      return quoted(first);
    }
    return null;
  }

  /** The line ahead if any (a record failed before it), else the next line of the text. */
  private PhysicalLine nextLine() throws IOException {
    PhysicalLine line = ahead.pollFirst();
    if (line == null) {
      return lines.next();
    }
    aheadSpan -= line.span();
    return line;
  }

  /** A record whose first line opens a quote: it ends with the first line that closes it. */
  private RawRecord quoted(PhysicalLine first) throws IOException {
    while (true) {
      PhysicalLine last = ahead.isEmpty() ? first : ahead.getLast();
      if (limit.exceededBy(first.span() + aheadSpan - last.terminator().length())) {
        return tooLong(
            first, "a quote opened on this line is not closed within " + limit.describe());
      }
      if (last != first && !last.staysQuoted()) {
        return joined(first);
      }
      PhysicalLine next = lines.next();
      if (next == null) {
        return new RawRecord(
            first.number(),
            first.text(),
            "a quote opened on this line is never closed; the next line is read as the next"
                + " record");
      }
      ahead.addLast(next);
      aheadSpan += next.span();
    }
  }

  /** The record from {@code first} through the lines ahead, which it takes. */
  private RawRecord joined(PhysicalLine first) {
    StringBuilder text = new StringBuilder(first.text()).append(first.terminator());
    for (PhysicalLine line = ahead.pollFirst(); line != null; line = ahead.pollFirst()) {
      text.append(line.text()).append(ahead.isEmpty() ? "" : line.terminator());
    }
    aheadSpan = 0;
    return new RawRecord(first.number(), text.toString(), null);
  }

  private RawRecord tooLong(PhysicalLine first, String why) {
    String kept =
        limit.exceededBy(first.bytes())
            ? "; raw_record holds the line's first " + limit.setting()
            : "";
    return new RawRecord(
        first.number(),
        first.text(),
        why
            + kept
            + "; the next line is read as the next record (raise "
            + RecordSizeLimit.PROPERTY
            + " in the --conf file if records this long are real)");
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
