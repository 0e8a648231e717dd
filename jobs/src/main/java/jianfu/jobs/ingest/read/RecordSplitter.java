package jianfu.jobs.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Splits CSV text into records without parsing them. commons-csv cannot resume after a malformed
 * record and does not expose a record's raw text, so the file is split here (quote-aware, as RFC
 * 4180 quotes work: a line break inside quotes does not end a record) and each record is parsed on
 * its own. One malformed record is then one BAD_ROW, with its raw text and the physical line where
 * it starts, and the scan goes on. A quote never closed would make the rest of the file one record:
 * the record is then only the line where it starts, and the lines after it are scanned again.
 */
public final class RecordSplitter implements Closeable {

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final int END = -1;

  /** Where the scan is within a record; only a quote at the start of a field opens a quoted one. */
  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED;

    State after(char c) {
      return switch (this) {
        case FIELD_START -> c == '"' ? QUOTED : c == ',' ? FIELD_START : UNQUOTED;
        case UNQUOTED -> c == ',' ? FIELD_START : UNQUOTED;
        case QUOTED -> c == '"' ? QUOTE_IN_QUOTED : QUOTED;
        case QUOTE_IN_QUOTED -> c == '"' ? QUOTED : c == ',' ? FIELD_START : UNQUOTED;
      };
    }
  }

  private final Reader reader;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private long line = 1;
  private boolean started;

  /** Text read before and to be scanned again, ahead of the reader's. */
  private String rescan = "";

  private int rescanPosition;

  public RecordSplitter(Reader reader) {
    this.reader = reader;
  }

  /** The physical line the scan has reached. */
  public long line() {
    return line;
  }

  /** The next record, or null at the end of the text. An empty line is no record. */
  public RawRecord next() throws IOException {
    StringBuilder text = new StringBuilder();
    State state = State.FIELD_START;
    long start = line;
    for (int c = read(); c != END; c = read()) {
      if (c == '\r' || c == '\n') {
        boolean crlf = c == '\r' && peek() == '\n';
        if (crlf) {
          read();
        }
        line++;
        if (state == State.QUOTED) {
          text.append(crlf ? "\r\n" : String.valueOf((char) c));
        } else if (!text.isEmpty()) {
          return new RawRecord(start, text.toString(), false);
        } else {
          start = line;
        }
      } else {
        text.append((char) c);
        state = state.after((char) c);
      }
    }
    if (text.isEmpty()) {
      return null;
    }
    return state == State.QUOTED
        ? unclosedQuote(start, text.toString())
        : new RawRecord(start, text.toString(), false);
  }

  /**
   * The text ended inside quotes, so the record would be the rest of the file: it is its first line
   * only, and the lines after that are scanned again from where the next line starts.
   */
  private RawRecord unclosedQuote(long start, String text) {
    int lineBreak = firstLineBreak(text);
    if (lineBreak < 0) {
      return new RawRecord(start, text, true);
    }
    boolean crlf = text.startsWith("\r\n", lineBreak);
    rescan = text.substring(lineBreak + (crlf ? 2 : 1));
    rescanPosition = 0;
    line = start + 1;
    return new RawRecord(start, text.substring(0, lineBreak), true);
  }

  private static int firstLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\r' || text.charAt(i) == '\n') {
        return i;
      }
    }
    return END;
  }

  private int read() throws IOException {
    int c = peek();
    if (c == END) {
      return END;
    }
    if (rescanPosition < rescan.length()) {
      rescanPosition++;
    } else {
      position++;
    }
    return c;
  }

  private int peek() throws IOException {
    if (rescanPosition < rescan.length()) {
      return rescan.charAt(rescanPosition);
    }
    if (position == limit) {
      limit = reader.read(buffer, 0, buffer.length);
      position = 0;
      if (limit == END) {
        limit = 0;
        return END;
      }
      if (!started) {
        started = true;
        if (buffer[0] == BYTE_ORDER_MARK) {
          position = 1;
          return peek();
        }
      }
    }
    return buffer[position];
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
