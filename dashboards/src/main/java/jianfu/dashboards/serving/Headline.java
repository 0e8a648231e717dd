package jianfu.dashboards.serving;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jianfu.schemas.Contract;
import jianfu.schemas.Measure;

/**
 * The district headline the leading group reports: for each of the four burden measures, the
 * baseline, the headline year's figure and the reduction, read from the district row of the
 * headline year (the latest FINAL year, {@link HeadlineYear}) in {@code burden_summary}. Without a
 * FINAL year there are no measures: a provisional year is never the headline.
 */
public record Headline(Integer baselineYear, HeadlineYear year, List<Figure> measures) {

  /**
   * One measure's figures in the headline; {@code baseline} and {@code reductionPct} are null when
   * the baseline year has no data, {@code latest} when no community reported the measure, as in the
   * mart.
   */
  public record Figure(Measure measure, Long baseline, Long latest, BigDecimal reductionPct) {}

  public static Headline read(Path servedDatabase) throws SQLException {
    try (Connection connection = ServedFile.openReadOnly(servedDatabase)) {
      HeadlineYear year = HeadlineYear.read(connection);
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT * FROM burden_summary WHERE level = 'DISTRICT'"
                  + " ORDER BY year = headline_year DESC, year DESC LIMIT 1")) {
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            throw new SQLException(
                "burden_summary has no district row: was any work item, ledger or activity"
                    + " loaded?");
          }
          Integer baselineYear = row.getObject("baseline_year", Integer.class);
          if (!year.hasHeadline()) {
            return new Headline(baselineYear, year, List.of());
          }
          List<Figure> measures = new ArrayList<>();
          for (Measure measure : Contract.load().measures()) {
            measures.add(
                new Figure(
                    measure,
                    row.getObject(measure.baselineColumn(), Long.class),
                    row.getObject(measure.name(), Long.class),
                    row.getBigDecimal(measure.reductionPctColumn())));
          }
          return new Headline(baselineYear, year, measures);
        }
      }
    }
  }

  /**
   * The headline as the leading group reads it: which year it is for, one line per measure with the
   * change against the baseline, negative for a reduction (−60.0% = reduced by 60.0%), and the
   * later provisional years.
   */
  public String render() {
    StringBuilder text = new StringBuilder();
    if (!year.hasHeadline()) {
      text.append(String.format("District headline: none, %s%n", year.en()));
      text.append(String.format("  %s%n", year.zh()));
      return text.toString();
    }
    text.append(
        String.format(
            "District headline: %d (latest final year) against baseline %s (change = −reduction_pct, like for like: over the communities that reported in both years)%n",
            year.year(), orNotAvailable(baselineYear)));
    text.append(
        String.format("  %-16s %12s %12s %10s%n", "measure", "baseline", "latest", "change"));
    for (Figure figure : measures) {
      text.append(
          String.format(
              "  %-16s %12s %12s %9s%%   %s%n",
              figure.measure().name(),
              orNotAvailable(figure.baseline()),
              orNotAvailable(figure.latest()),
              figure.reductionPct() == null
                  ? "n/a"
                  : figure.reductionPct().negate().toPlainString(),
              figure.measure().label()));
    }
    if (!year.laterProvisional().isEmpty()) {
      text.append(String.format("  Not the headline: %s%n", year.provisionalEn()));
      text.append(String.format("  %s%n", year.zh()));
    }
    return text.toString();
  }

  private static String orNotAvailable(Object value) {
    return value == null ? "n/a" : value.toString();
  }
}
