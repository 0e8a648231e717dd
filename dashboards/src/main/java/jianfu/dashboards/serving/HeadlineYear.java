package jianfu.dashboards.serving;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which year every headline is for, and what it must not hide: the headline year is the latest
 * reporting year whose district figures are FINAL (empty when no year is); the later years are
 * PROVISIONAL, each with the share of returns received. Every headline (the run's summary, the
 * report, the bulletin, the public files) says both, in the words of {@link #zh()} and {@link
 * #en()}.
 */
public record HeadlineYear(Integer year, List<Provisional> laterProvisional) {

  /** A year after the headline year whose returns are not complete enough to be final. */
  public record Provisional(int year, BigDecimal reportingRatePct) {}

  public HeadlineYear {
    laterProvisional = List.copyOf(laterProvisional);
  }

  /**
   * From the district rows of {@code burden_summary}: its {@code headline_year} and the years after
   * it with status PROVISIONAL, their {@code reporting_rate} in percent to one decimal.
   */
  public static HeadlineYear read(Connection served) throws SQLException {
    Integer headline = null;
    List<Provisional> provisional = new ArrayList<>();
    try (Statement statement = served.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT year, status, reporting_rate, headline_year FROM burden_summary"
                    + " WHERE level = 'DISTRICT' ORDER BY year")) {
      while (row.next()) {
        headline = row.getObject("headline_year", Integer.class);
        if ("PROVISIONAL".equals(row.getString("status"))) {
          Double rate = row.getObject("reporting_rate", Double.class);
          provisional.add(new Provisional(row.getInt("year"), percent(rate)));
        }
      }
    }
    Integer year = headline;
    return new HeadlineYear(
        year, provisional.stream().filter(p -> year == null || p.year() > year).toList());
  }

  /** A rate (0..1) in percent, rounded half up to one decimal; null stays null. */
  public static BigDecimal percent(Double rate) {
    return rate == null
        ? null
        : BigDecimal.valueOf(rate).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
  }

  public boolean hasHeadline() {
    return year != null;
  }

  /** "2025年（最新定稿年度）；2026年为初步数据：报表已收回62.4%". */
  public String zh() {
    String headline = hasHeadline() ? year + "年（最新定稿年度）" : "尚无定稿年度（报表收回不足），不发布主要指标";
    return laterProvisional.isEmpty() ? headline : headline + "；" + provisionalZh();
  }

  /** "2025 (latest final year); 2026 is provisional: 62.4% of returns received". */
  public String en() {
    String headline =
        hasHeadline()
            ? year + " (latest final year)"
            : "no year is final yet (too few returns received): no headline figures";
    return laterProvisional.isEmpty() ? headline : headline + "; " + provisionalEn();
  }

  /** "2026年为初步数据：报表已收回62.4%", one clause per provisional year; empty when none. */
  public String provisionalZh() {
    return laterProvisional.stream()
        .map(
            p ->
                p.year()
                    + "年为初步数据"
                    + (p.reportingRatePct() == null
                        ? ""
                        : "：报表已收回" + p.reportingRatePct().toPlainString() + "%"))
        .collect(Collectors.joining("；"));
  }

  /** "2026 is provisional: 62.4% of returns received", one clause per year; empty when none. */
  public String provisionalEn() {
    return laterProvisional.stream()
        .map(
            p ->
                p.year()
                    + " is provisional"
                    + (p.reportingRatePct() == null
                        ? ""
                        : ": " + p.reportingRatePct().toPlainString() + "% of returns received"))
        .collect(Collectors.joining("; "));
  }
}
