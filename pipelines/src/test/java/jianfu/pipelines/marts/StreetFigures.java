package jianfu.pipelines.marts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * burden_summary and social_organisations_summary as public_statistics reads them, written by hand:
 * streets with their communities, their four burden measures and, if given, their residents, social
 * organisations and new ones per year; the district {@value #DISTRICT} is their sum. Every
 * community reported every measure (each year FINAL). No applications, no reductions (the
 * suppression rule reads community counts only).
 */
final class StreetFigures {

  static final String DISTRICT = "D1";

  private static final Contract CONTRACT = Contract.load();
  private static final List<String> MEASURES =
      List.of("work_items", "activities", "signboards", "ledger_volumes");
  private static final List<String> SOCIAL_FIGURES =
      List.of("communities", "residents", "social_orgs", "new_social_orgs");

  private final Map<Integer, Map<String, Map<String, Object>>> streetsByYear = new TreeMap<>();

  /** Adds a street's row of a year: its communities and its work items, activities, ... */
  StreetFigures street(int year, String code, long communities, long... measures) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("communities", communities);
    for (int i = 0; i < MEASURES.size(); i++) {
      row.put(MEASURES.get(i), measures.length > i ? measures[i] : 0L);
    }
    streetsByYear.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(code, row);
    return this;
  }

  /**
   * Adds a street's social organisations of a year (the street's row of that year must be there):
   * its residents, active organisations and new ones (published as social_orgs and
   * new_social_orgs).
   */
  StreetFigures socialOrganisations(
      int year, String code, long residents, long socialOrgs, long newSocialOrgs) {
    Map<String, Object> row = streetsByYear.get(year).get(code);
    row.put("residents", residents);
    row.put("social_orgs", socialOrgs);
    row.put("new_social_orgs", newSocialOrgs);
    return this;
  }

  /** Every area's communities: the streets' and the district's (their sum). */
  Map<String, Long> communities() {
    Map<String, Long> communities = new TreeMap<>();
    for (Map<String, Map<String, Object>> streets : streetsByYear.values()) {
      streets.forEach((code, row) -> communities.put(code, (Long) row.get("communities")));
      communities.put(DISTRICT, total(streets, "communities"));
    }
    return communities;
  }

  /** The true figure of an area (a street, or the district: their sum) in a year. */
  long figure(int year, String area, String measure) {
    Map<String, Map<String, Object>> streets = streetsByYear.get(year);
    return area.equals(DISTRICT) ? total(streets, measure) : (Long) streets.get(area).get(measure);
  }

  Dataset<Row> burdenSummary(SparkSession spark) {
    OutputTable mart = CONTRACT.mart(BurdenSummary.NAME);
    List<Row> rows = new ArrayList<>();
    streetsByYear.forEach(
        (year, streets) -> {
          Map<String, Object> district = new LinkedHashMap<>();
          district.put("communities", total(streets, "communities"));
          MEASURES.forEach(measure -> district.put(measure, total(streets, measure)));
          rows.add(row(mart, year, "DISTRICT", DISTRICT, district));
          streets.forEach((code, street) -> rows.add(row(mart, year, "STREET", code, street)));
        });
    return spark.createDataFrame(rows, schema(mart));
  }

  /** The social organisations given, with the district's sums; empty when none were given. */
  Dataset<Row> socialOrganisationsSummary(SparkSession spark) {
    OutputTable mart = CONTRACT.mart(SocialOrganisationsSummary.NAME);
    List<Row> rows = new ArrayList<>();
    streetsByYear.forEach(
        (year, streets) -> {
          if (!streets.values().iterator().next().containsKey("social_orgs")) {
            return;
          }
          Map<String, Object> district = new LinkedHashMap<>();
          for (String column : SOCIAL_FIGURES) {
            district.put(column, total(streets, column));
          }
          rows.add(socialRow(mart, year, "DISTRICT", DISTRICT, district));
          streets.forEach(
              (code, street) -> rows.add(socialRow(mart, year, "STREET", code, street)));
        });
    return spark.createDataFrame(rows, schema(mart));
  }

  static Dataset<Row> noApplications(SparkSession spark) {
    return spark.createDataFrame(List.of(), schema(CONTRACT.mart(AccessFunnel.NAME)));
  }

  private static long total(Map<String, Map<String, Object>> streets, String column) {
    return streets.values().stream().mapToLong(row -> (Long) row.get(column)).sum();
  }

  private static Row row(
      OutputTable mart, int year, String level, String code, Map<String, Object> values) {
    Map<String, Object> cells = new LinkedHashMap<>(values);
    cells.put("year", year);
    cells.put("level", level);
    cells.put("org_code", code);
    cells.put("baseline_year", year);
    MEASURES.forEach(measure -> cells.put(measure + "_reporting", values.get("communities")));
    cells.put("status", BurdenSummary.FINAL);
    return RowFactory.create(mart.columns().stream().map(c -> cells.get(c.name())).toArray());
  }

  private static Row socialRow(
      OutputTable mart, int year, String level, String code, Map<String, Object> values) {
    Map<String, Object> cells = new LinkedHashMap<>(values);
    cells.put("year", year);
    cells.put("level", level);
    cells.put("area_code", code);
    cells.put("new_registrations", values.get("new_social_orgs"));
    return RowFactory.create(mart.columns().stream().map(c -> cells.get(c.name())).toArray());
  }

  private static StructType schema(OutputTable mart) {
    return DataTypes.createStructType(
        mart.columns().stream()
            .map(c -> DataTypes.createStructField(c.name(), DataType.fromDDL(c.type()), true))
            .toArray(StructField[]::new));
  }
}
