package jianfu.dashboards.publication;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jianfu.dashboards.serving.HeadlineYear;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * {@code statistics.csv}: every observation, values written with their decimals, after a metadata
 * header of {@code #} comment lines (title, as_of, baseline year, headline year and provisional
 * years, threshold, version, notes). UTF-8 with a byte-order mark, so that spreadsheet programs
 * read the Chinese text right.
 *
 * <p>A spreadsheet must never run a cell: every text cell is quoted and made {@link FormulaSafe},
 * and so is every comment line (the title holds the district's name). Numbers are written bare and
 * unchanged, so a negative value such as {@code -3.3} stays a number: they come from typed columns
 * and cannot hold a formula.
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
    HeadlineYear headline = metadata.headlineYear();
    comments.add("headline_year: " + (headline.hasHeadline() ? headline.year() : "none"));
    comments.add("headline: " + headline.zh() + " / " + headline.en());
    comments.add("suppression_threshold: " + metadata.suppressionThreshold());
    comments.add("contract_version: " + metadata.contractVersion());
    metadata.methodNotes().forEach(comments::add);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setHeaderComments(comments.stream().map(FormulaSafe::text).toArray())
            .setQuoteMode(QuoteMode.NON_NUMERIC)
            .setHeader(COLUMNS.toArray(String[]::new))
            .get();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write('\uFEFF'); // before the printer writes the header comments
      CSVPrinter csv = new CSVPrinter(out, format);
      for (Observation o : figures.observations()) {
        csv.printRecord(
            o.year(),
            FormulaSafe.text(o.areaCode()),
            FormulaSafe.text(o.areaName()),
            FormulaSafe.text(o.areaLevel()),
            FormulaSafe.text(o.indicatorCode()),
            Figures.number(o.value(), o.decimals()),
            FormulaSafe.text(o.unit()),
            o.unitMult(),
            o.decimals(),
            o.baselineYear(),
            o.asOf(),
            FormulaSafe.text(o.status()),
            FormulaSafe.text(o.suppression()),
            FormulaSafe.text(o.obsStatus()),
            FormulaSafe.text(o.confStatus()));
      }
      csv.flush();
    }
  }
}
