package jianfu.dashboards.publication;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jianfu.dashboards.serving.HeadlineYear;
import jianfu.dashboards.serving.ServedFile;

/**
 * The observations of {@code public_statistics} as served, each with its area's name from the
 * served org_units (districts and streets only: their names are public, community names never
 * enter).
 */
public final class PublicFigures {

  private static final String PUBLISHED = "PUBLISHED";
  private static final String PROVISIONAL = "PROVISIONAL";

  private final List<Observation> observations;

  /**
   * The first observation of each (year, area, indicator), so that a table of every street by every
   * indicator looks each cell up at once: a scan per cell grew with the square of the areas (a
   * province's bulletin took minutes).
   */
  private final Map<Cell, Observation> byCell = new HashMap<>();

  private record Cell(int year, String areaCode, String indicatorCode) {}

  PublicFigures(List<Observation> observations) {
    this.observations = List.copyOf(observations);
    for (Observation o : this.observations) {
      byCell.putIfAbsent(new Cell(o.year(), o.areaCode(), o.indicatorCode()), o);
    }
  }

  /**
   * Reads the served DuckDB file, naming areas from the org_units served beside the mart: the
   * publication reads what was served, never the raw Parquet behind it.
   */
  public static PublicFigures read(Path servedDatabase) throws SQLException {
    String query =
        """
        SELECT p.*, n.org_name AS area_name
        FROM public_statistics p
        LEFT JOIN org_units n ON n.org_code = p.area_code
        ORDER BY p.year, p.area_level, p.area_code, p.indicator_code
        """;
    List<Observation> rows = new ArrayList<>();
    try (Connection connection = ServedFile.openReadOnly(servedDatabase);
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      while (row.next()) {
        rows.add(
            new Observation(
                row.getInt("year"),
                row.getString("area_code"),
                row.getString("area_name"),
                row.getString("area_level"),
                row.getString("indicator_code"),
                row.getObject("value", Double.class),
                row.getString("unit"),
                row.getInt("unit_mult"),
                row.getInt("decimals"),
                row.getObject("baseline_year", Integer.class),
                row.getObject("as_of", LocalDate.class),
                row.getString("status"),
                row.getString("suppression"),
                row.getString("obs_status"),
                row.getString("conf_status")));
      }
    }
    return new PublicFigures(rows);
  }

  public List<Observation> observations() {
    return observations;
  }

  /**
   * The year the publication headlines (docs/indicators.md, as burden_summary's headline_year): the
   * latest year whose district burden figures are PUBLISHED, not PROVISIONAL; and the later
   * PROVISIONAL years, each with the district's published reporting_rate_pct (null when withheld).
   * Read from the published statuses alone, so a suppressed district headlines nothing.
   */
  public HeadlineYear headlineYear() {
    List<Observation> district =
        observations.stream()
            .filter(o -> o.areaLevel().equals(Observation.DISTRICT))
            .filter(o -> o.indicatorCode().equals("work_items"))
            .toList();
    Integer headline =
        district.stream()
            .filter(o -> PUBLISHED.equals(o.status()))
            .map(Observation::year)
            .max(Comparator.naturalOrder())
            .orElse(null);
    List<HeadlineYear.Provisional> provisional =
        district.stream()
            .filter(o -> PROVISIONAL.equals(o.status()))
            .filter(o -> headline == null || o.year() > headline)
            .sorted(Comparator.comparing(Observation::year))
            .map(o -> new HeadlineYear.Provisional(o.year(), reportingRatePct(o.year())))
            .toList();
    return new HeadlineYear(headline, provisional);
  }

  private BigDecimal reportingRatePct(int year) {
    return district(year, "reporting_rate_pct")
        .filter(o -> o.value() != null)
        .map(o -> Figures.number(o.value(), o.decimals()))
        .orElse(null);
  }

  public Optional<Observation> find(int year, String areaCode, String indicatorCode) {
    return Optional.ofNullable(byCell.get(new Cell(year, areaCode, indicatorCode)));
  }

  /** The district's observation of an indicator in a year. */
  public Optional<Observation> district(int year, String indicatorCode) {
    return observations.stream()
        .filter(o -> o.year() == year && o.areaLevel().equals(Observation.DISTRICT))
        .filter(o -> o.indicatorCode().equals(indicatorCode))
        .findFirst();
  }

  /** The streets' observations of an indicator in a year, by area code. */
  public List<Observation> streets(int year, String indicatorCode) {
    return observations.stream()
        .filter(o -> o.year() == year && o.areaLevel().equals(Observation.STREET))
        .filter(o -> o.indicatorCode().equals(indicatorCode))
        .sorted(Comparator.comparing(Observation::areaCode))
        .toList();
  }
}
