package jianfu.jobs.ingest.read;

import java.io.Closeable;
import java.io.IOException;

/** One open source file of a table, CSV or Excel: its header, then its data rows one by one. */
public interface SourceDocument extends Closeable {

  SourceHeader header();

  /**
   * The next data row, null at the end. A row that cannot be read as a row of the file throws
   * MalformedRecordException (BAD_ROW) and the next call reads on after it.
   */
  SourceRow next() throws IOException;

  /** Passes over one row without reading its values (a restart does); false at the end. */
  boolean skip() throws IOException;
}
