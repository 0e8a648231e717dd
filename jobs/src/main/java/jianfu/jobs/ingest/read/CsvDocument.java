package jianfu.jobs.ingest.read;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianfu.schemas.SourceTable;

/** One open CSV file: its header, then its records one by one. */
final class CsvDocument implements SourceDocument {

  private static final char NUL = '\0';

  private final String name;
  private final RecordSplitter splitter;
  private final SourceHeader header;

  private CsvDocument(String name, RecordSplitter splitter, SourceHeader header) {
    this.name = name;
    this.splitter = splitter;
    this.header = header;
  }

  /**
   * Opens the file, decoded with {@code charset} (SourceEncoding), and reads its header; a file
   * without a usable header is refused. A record longer than {@code limit} is BAD_ROW.
   */
  static CsvDocument open(Path path, SourceTable table, Charset charset, RecordSizeLimit limit)
      throws IOException {
    String name = path.getFileName().toString();
    RecordSplitter splitter =
        new RecordSplitter(
            new InputStreamReader(
                Files.newInputStream(path), SourceEncoding.strictDecoder(charset)),
            limit);
    try {
      RawRecord first = splitter.next();
      if (first == null) {
        throw RefusedFileException.refused(name, "it has no header row");
      }
      List<String> fields;
      try {
        fields = RecordParser.fields(first);
      } catch (IOException e) {
        throw RefusedFileException.refused(
            name, "its header row cannot be read (" + e.getMessage() + ")");
      }
      return new CsvDocument(
          name, splitter, SourceHeader.of(name, fields, i -> "field " + (i + 1), table));
    } catch (IOException | RuntimeException e) {
      splitter.close();
      throw e;
    }
  }

  @Override
  public SourceHeader header() {
    return header;
  }

  /** The next record; one that is not a CSV record of the header's width is BAD_ROW. */
  @Override
  public SourceRow next() throws IOException {
    RawRecord record = splitter.next();
    if (record == null) {
      return null;
    }
    if (record.text().indexOf(NUL) >= 0) {
      throw malformed(record, "the record contains a NUL character (byte 0), which is not text");
    }
    List<String> fields;
    try {
      fields = RecordParser.fields(record);
    } catch (IOException e) {
      throw malformed(record, e.getMessage());
    }
    if (fields.size() != header.width()) {
      throw malformed(
          record,
          "the record has "
              + fields.size()
              + (fields.size() == 1 ? " field" : " fields")
              + ", the header has "
              + header.width());
    }
    if (header.isRepeatedBy(fields)) {
      // files joined together keep each one's header
      throw malformed(record, "the record repeats the header row");
    }
    return new SourceRow(name, record.line(), record.text(), header.cells(fields));
  }

  private MalformedRecordException malformed(RawRecord record, String message) {
    return new MalformedRecordException(name, record.line(), record.text(), message);
  }

  /** Passes over one record without parsing it. */
  @Override
  public boolean skip() throws IOException {
    return splitter.next() != null;
  }

  @Override
  public void close() throws IOException {
    splitter.close();
  }
}
