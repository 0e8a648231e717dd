package jianfu.jobs.ingest.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Parses the text of one record (RecordSplitter) with commons-csv, RFC 4180. */
final class RecordParser {

  /** commons-csv counts lines within the record's text; the quarantine has the file's line. */
  private static final Pattern OWN_LINE_NUMBER =
      Pattern.compile("^\\((start)?line [\\d,]+\\)\\s*|\\s*at line: [\\d,]+, position: [\\d,]+$");

  private RecordParser() {}

  /** The record's fields, or an IOException saying why the text is not one CSV record. */
  static List<String> fields(RawRecord record) throws IOException {
    if (record.malformation() != null) {
      throw new IOException(record.malformation());
    }
    if (record.text().indexOf('"') < 0) {
      // without quotes RFC 4180 fields are the text between commas; a CSVParser per record was
      // most of the stage step's CPU time (measured with JFR), so only quoted records get one
      return List.of(record.text().split(",", -1));
    }
    try (CSVParser parser = CSVParser.parse(record.text(), CSVFormat.RFC4180)) {
      List<CSVRecord> records = parser.getRecords();
      return records.get(0).toList();
    } catch (UncheckedIOException e) {
      throw notCsv(e.getCause());
    } catch (IOException e) {
      throw notCsv(e);
    }
  }

  private static IOException notCsv(IOException e) {
    return new IOException(
        "not valid CSV: " + OWN_LINE_NUMBER.matcher(e.getMessage()).replaceAll(""));
  }
}
