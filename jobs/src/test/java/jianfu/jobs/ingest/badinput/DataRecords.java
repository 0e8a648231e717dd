package jianfu.jobs.ingest.badinput;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Counts a file's data records with commons-csv (RFC 4180, empty lines skipped as the job skips
 * them), independently of the job's own record splitter.
 */
final class DataRecords {

  private static final CSVFormat RFC_4180 =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private DataRecords() {}

  /**
   * The records after the header, read in the audit's {@code encoding}, or empty when commons-csv
   * cannot parse the file (or it is no CSV file: a workbook's encoding is xlsx).
   */
  static OptionalLong count(Path file, String encoding) throws IOException {
    if (!file.getFileName().toString().endsWith(".csv")) {
      return OptionalLong.empty();
    }
    try (Reader reader = Files.newBufferedReader(file, Charset.forName(encoding));
        CSVParser parser = CSVParser.parse(reader, RFC_4180)) {
      return OptionalLong.of(parser.stream().count() - 1);
    } catch (UncheckedIOException e) {
      return OptionalLong.empty();
    }
  }
}
