package jianfu.dashboards.publication;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code statistics.csv}: every observation, values written with their decimals, after a metadata
 * header of {@code #} comment lines (title, as_of, baseline year, threshold, version, notes). UTF-8
 * with a byte-order mark, so that spreadsheet programs read the Chinese text right.
 */
final class StatisticsCsv {

  static final List<String> COLUMNS =
      List.of(
          "year",
          "area_code",
          "area_name",
          "area_level",
          "indicator_code",
          "value",
          "unit",
          "unit_mult",
          "decimals",
          "baseline_year",
          "as_of",
          "status",
          "suppression",
          "obs_status",
          "conf_status");

  private StatisticsCsv() {}

  static void write(PublicFigures figures, PublicationMetadata metadata, Path file)
      throws IOException {
    List<String> comments = new ArrayList<>();
    comments.add(metadata.title());
    comments.add("as_of: " + metadata.asOf());
    comments.add("baseline_year: " + metadata.baselineYear());
    comments.add("suppression_threshold: " + metadata.suppressionThreshold());
    comments.add("contract_version: " + metadata.contractVersion());
    metadata.methodNotes().forEach(comments::add);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setHeaderComments(comments.toArray(Object[]::new))
            .setHeader(COLUMNS.toArray(String[]::new))
            .get();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write('\uFEFF'); // before the printer writes the header comments
      CSVPrinter csv = new CSVPrinter(out, format);
      for (Observation o : figures.observations()) {
        csv.printRecord(
            o.year(),
            o.areaCode(),
            o.areaName(),
            o.areaLevel(),
            o.indicatorCode(),
            Figures.plain(o.value(), o.decimals()),
            o.unit(),
            o.unitMult(),
            o.decimals(),
            o.baselineYear(),
            o.asOf(),
            o.status(),
            o.suppression(),
            o.obsStatus(),
            o.confStatus());
      }
      csv.flush();
    }
  }
}
