package jianfu.jobs.ingest.stage;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One segment being written: its rows go to a file beside it ({@link StagingSegments#writing}),
 * which becomes the segment by a rename once the chunk is done, or is deleted when it is not.
 *
 * <p>It writes the CSV itself rather than with commons-csv's printer, which took 15% of ingestion's
 * CPU time here (it appends each value to the file's writer in pieces): every value but null is
 * quoted with its quotes doubled, which is all the format needs (StagingSegments). Each value is
 * encoded to UTF-8 on its own, straight into a buffer of bytes: gathering text in a StringBuilder
 * and encoding it in batches made every batch with a Chinese character twice as wide, then copied
 * it twice more (docs/benchmarks.md, "Eleventh round").
 */
final class SegmentWriter {

  /** Rows are written to the file in batches of about this many bytes. */
  private static final int BATCH = 64 * 1024;

  private static final byte QUOTE = '"';

  private final Path segment;
  private final Path writing;
  private final OutputStream file;
  private byte[] rows = new byte[2 * BATCH];
  private int length;
  private boolean rowStarted;

  private SegmentWriter(Path segment, Path writing, OutputStream file) {
    this.segment = segment;
    this.writing = writing;
    this.file = file;
  }

  /** Starts the segment, replacing what an earlier attempt of the same chunk was writing. */
  static SegmentWriter start(Path segment) throws IOException {
    Path writing = StagingSegments.writing(segment);
    return new SegmentWriter(segment, writing, Files.newOutputStream(writing));
  }

  /** Adds a value to the current row: String, Integer, Long, BigDecimal, LocalDate, Boolean. */
  void print(Object value) {
    if (rowStarted) {
      append((byte) ',');
    }
    rowStarted = true;
    if (value == null) {
      return;
    }
    String text;
    if (value instanceof String string) {
      text = string;
    } else if (value instanceof LocalDate date) {
      text = Long.toString(date.toEpochDay());
    } else if (value instanceof BigDecimal decimal) {
      text = decimal.toPlainString();
    } else {
      text = value.toString();
    }
    appendQuoted(text);
  }

  /**
   * The text in quotes, its own quotes doubled: in its UTF-8 bytes, since a quote byte is never
   * part of a longer character; most values have none and are copied whole.
   */
  private void appendQuoted(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    reserve(2 * utf8.length + 2);
    rows[length++] = QUOTE;
    if (text.indexOf(QUOTE) < 0) {
      System.arraycopy(utf8, 0, rows, length, utf8.length);
      length += utf8.length;
    } else {
      for (byte b : utf8) {
        if (b == QUOTE) {
          rows[length++] = QUOTE;
        }
        rows[length++] = b;
      }
    }
    rows[length++] = QUOTE;
  }

  private void append(byte b) {
    reserve(1);
    rows[length++] = b;
  }

  /**
   * Room for {@code bytes} more: a record may be much larger than a batch (up to 1 MB by default).
   */
  private void reserve(int bytes) {
    if (length + bytes > rows.length) {
      rows = Arrays.copyOf(rows, Math.max(2 * rows.length, length + bytes));
    }
  }

  void endRow() throws IOException {
    append((byte) '\n');
    rowStarted = false;
    if (length >= BATCH) {
      writeRows();
    }
  }

  private void writeRows() throws IOException {
    file.write(rows, 0, length);
    length = 0;
  }

  /** Writes what is left, closes the file and renames it into place: the segment appears whole. */
  void finish() throws IOException {
    try (file) {
      writeRows();
    }
    StagingSegments.moveIntoPlace(writing, segment);
  }

  /** Closes and deletes the unfinished file. */
  void abandon() throws IOException {
    try {
      file.close();
    } finally {
      Files.deleteIfExists(writing);
    }
  }
}
