package jianfu.dashboards.publication;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a published {@code statistics.csv}, after its byte-order mark. */
final class PublishedCsv {

  private PublishedCsv() {}

  /** The observations, by column name, the {@code #} comment lines skipped. */
  static List<CSVRecord> observations(Path csv) throws IOException {
    return read(
        csv,
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get());
  }

  /** Every record of the file as {@code format} reads it. */
  static List<CSVRecord> read(Path csv, CSVFormat format) throws IOException {
    try (Reader in = Files.newBufferedReader(csv)) {
      in.skip(1); // the byte-order mark
      return format.parse(in).getRecords();
    }
  }
}
