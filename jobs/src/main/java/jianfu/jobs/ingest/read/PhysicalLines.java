package jianfu.jobs.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads CSV text as physical lines (LF, CRLF or CR each end one), each read once, following its
 * quotes twice as it goes: from a record's start and from inside quotes (PhysicalLine). A line's
 * text is kept up to the record size limit only, so a line of any length costs bounded memory.
 */
final class PhysicalLines implements Closeable {

  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final int END = -1;

  /** Where a scan is within a record; only a quote at the start of a field opens a quoted one. */
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
  private final RecordSizeLimit limit;
  private final char[] buffer = new char[8192];
  private int position;
  private int filled;
  private long nextNumber = 1;
  private boolean started;

  PhysicalLines(Reader reader, RecordSizeLimit limit) {
    this.reader = reader;
    this.limit = limit;
  }

  /**
   * The next line, or null at the end of the text. The buffered characters of a line are scanned in
   * place and appended in one piece per buffer, not one by one.
   */
  PhysicalLine next() throws IOException {
    if (peek() == END) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    long bytes = 0;
    State fromStart = State.FIELD_START;
    State fromQuoted = State.QUOTED;
    while (peek() != END) {
      int start = position;
      int end = start;
      int kept = start;
      boolean dropHighHalf = false;
      for (; end < filled; end++) {
        char character = buffer[end];
        if (character == '\n' || character == '\r') {
          break;
        }
        bytes += utf8Bytes(character);
        if (!limit.exceededBy(bytes)) {
          kept = end + 1;
        } else if (Character.isLowSurrogate(character) && !limit.exceededBy(bytes - 2)) {
          // the pair's high half fitted (in this buffer or the one before): whole characters only
          dropHighHalf = true;
        }
        fromStart = fromStart.after(character);
        fromQuoted = fromQuoted.after(character);
      }
      text.append(buffer, start, kept - start);
      if (dropHighHalf) {
        text.setLength(text.length() - 1);
      }
      position = end;
      if (end < filled) {
        break;
      }
    }
    String terminator = "";
    int c = read();
    if (c == '\n') {
      terminator = "\n";
    } else if (c == '\r') {
      terminator = peek() == '\n' ? "\r\n" : "\r";
      if (terminator.length() == 2) {
        read();
      }
    }
    return new PhysicalLine(
        nextNumber++,
        text.toString(),
        terminator,
        bytes,
        fromStart == State.QUOTED,
        fromQuoted == State.QUOTED);
  }

  /** A UTF-16 unit's share of the character's UTF-8 bytes (a surrogate pair is 4). */
  private static int utf8Bytes(char c) {
    if (c < 0x80) {
      return 1;
    }
    return c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
  }

  private int read() throws IOException {
    int c = peek();
    if (c != END) {
      position++;
    }
    return c;
  }

  private int peek() throws IOException {
    if (position == filled) {
      filled = reader.read(buffer, 0, buffer.length);
      position = 0;
      if (filled == END) {
        filled = 0;
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
