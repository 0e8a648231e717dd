package jianfu.jobs.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Splits CSV text into records without parsing them. commons-csv cannot resume after a malformed
 * record and does not expose a record's raw text, so the file is split here (quote-aware, as RFC
 * 4180 quotes work: a line break inside quotes does not end a record) and each record is parsed on
 * its own. One malformed record is then one BAD_ROW, with its raw text and the physical line where
 * it starts, and the scan goes on.
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
    return text.isEmpty() ? null : new RawRecord(start, text.toString(), state == State.QUOTED);
  }

  private int read() throws IOException {
    int c = peek();
    if (c != END) {
      position++;
    }
    return c;
  }

  private int peek() throws IOException {
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
