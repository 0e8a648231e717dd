package jianfu.jobs.ingest.stage;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One segment being written: its rows go to a file beside it ({@link StagingSegments#writing}),
 * which becomes the segment by a rename once the chunk is done, or is deleted when it is not.
 *
 * <p>It writes the CSV itself rather than with commons-csv's printer, which took 15% of ingestion's
 * CPU time here (it appends each value to the file's writer in pieces): every value but null is
 * quoted with its quotes doubled, which is all the format needs (StagingSegments).
 */
final class SegmentWriter {

  /** Rows are encoded to UTF-8 and written in batches of about this many characters. */
  private static final int BATCH = 64 * 1024;

  private final Path segment;
  private final Path writing;
  private final OutputStream file;
  private final StringBuilder rows = new StringBuilder(2 * BATCH);
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
      rows.append(',');
    }
    rowStarted = true;
    if (value == null) {
      return;
    }
    rows.append('"');
    if (value instanceof String text) {
      appendQuoted(text);
    } else if (value instanceof LocalDate date) {
      rows.append(date.toEpochDay());
    } else if (value instanceof BigDecimal decimal) {
      rows.append(decimal.toPlainString());
    } else {
      rows.append(value);
    }
    rows.append('"');
  }

  private void appendQuoted(String text) {
    int from = 0;
    for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', quote + 1)) {
      rows.append(text, from, quote + 1).append('"');
      from = quote + 1;
    }
    rows.append(text, from, text.length());
  }

  void endRow() throws IOException {
    rows.append('\n');
    rowStarted = false;
    if (rows.length() >= BATCH) {
      writeRows();
    }
  }

  private void writeRows() throws IOException {
    file.write(rows.toString().getBytes(StandardCharsets.UTF_8));
    rows.setLength(0);
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
