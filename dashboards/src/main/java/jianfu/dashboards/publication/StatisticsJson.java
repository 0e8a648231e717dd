package jianfu.dashboards.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import jianfu.dashboards.serving.HeadlineYear;

/**
 * {@code statistics.json}: {@code {"metadata": {...}, "observations": [...]}}. Values are JSON
 * numbers already rounded to their decimals, null where suppressed or missing. The metadata names
 * the headline year (null when no year is final) and the later provisional years.
 */
final class StatisticsJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private StatisticsJson() {}

  static void write(PublicFigures figures, PublicationMetadata metadata, Path file)
      throws IOException {
    ObjectNode document = JSON.createObjectNode();
    ObjectNode meta = document.putObject("metadata");
    meta.put("title", metadata.title());
    meta.put("as_of", String.valueOf(metadata.asOf()));
    meta.put("baseline_year", metadata.baselineYear());
    HeadlineYear headline = metadata.headlineYear();
    meta.put("headline_year", headline.year());
    ArrayNode provisional = meta.putArray("provisional_years");
    for (HeadlineYear.Provisional year : headline.laterProvisional()) {
      provisional
          .addObject()
          .put("year", year.year())
          .put("reporting_rate_pct", year.reportingRatePct());
    }
    meta.put("headline_zh", headline.zh());
    meta.put("headline_en", headline.en());
    meta.put("suppression_threshold", metadata.suppressionThreshold());
    meta.put("contract_version", metadata.contractVersion());
    ObjectNode units = meta.putObject("units");
    metadata.units().forEach(units::put);
    ArrayNode notes = meta.putArray("method_notes");
    metadata.methodNotes().forEach(notes::add);

    ArrayNode observations = document.putArray("observations");
    for (Observation o : figures.observations()) {
      ObjectNode row = observations.addObject();
      row.put("year", o.year());
      row.put("area_code", o.areaCode());
      row.put("area_name", o.areaName());
      row.put("area_level", o.areaLevel());
      row.put("indicator_code", o.indicatorCode());
      row.put("value", Figures.number(o.value(), o.decimals()));
      row.put("unit", o.unit());
      row.put("unit_mult", o.unitMult());
      row.put("decimals", o.decimals());
      row.put("baseline_year", o.baselineYear());
      row.put("as_of", String.valueOf(o.asOf()));
      row.put("status", o.status());
      row.put("suppression", o.suppression());
      row.put("obs_status", o.obsStatus());
      row.put("conf_status", o.confStatus());
    }
    JSON.writeValue(file.toFile(), document);
  }
}
