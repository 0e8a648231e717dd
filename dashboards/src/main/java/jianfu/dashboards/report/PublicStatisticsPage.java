package jianfu.dashboards.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jianfu.dashboards.report.ReportTable.Cell;
import jianfu.dashboards.serving.DisplayNames;
import jianfu.dashboards.serving.HeadlineYear;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.Measure;
import jianfu.schemas.OutputTable;

/**
 * 公开统计 / Public statistics: only what {@code public_statistics} publishes, district and street
 * figures, suppressed and provisional cells marked. Without that table in the served file the page
 * says so.
 */
final class PublicStatisticsPage {

  static final String ID = "public";
  static final String TABLE = "public_statistics";

  private static final Label TITLE = new Label("公开统计", "Public statistics");
  private static final Label SUPPRESSED = new Label("不公布", "suppressed");
  private static final Label PROVISIONAL = new Label("初步", "provisional");
  private static final String APPLICATIONS = "applications_";
  private static final String REPORTING_RATE_PCT = "reporting_rate_pct";

  private final OutputTable summary;
  private final List<Measure> measures;
  private final OutputTable funnel;

  PublicStatisticsPage(Contract contract) {
    summary = contract.mart("burden_summary");
    measures = contract.measures();
    funnel = contract.mart("access_funnel");
  }

  /**
   * The big numbers and the table are for the headline year, as the bulletin is; without a FINAL
   * year the table shows the latest year, marked provisional, and there are no big numbers.
   */
  Page read(ServedRows served, HeadlineYear headlineYear) throws SQLException {
    if (!served.hasTable(TABLE)) {
      return Page.onlyNote(
          ID,
          TITLE,
          new Label(
              "服务库中还没有 public_statistics 表：本次运行未生成公开统计。",
              "The served file has no public_statistics table: this run produced no public"
                  + " statistics."));
    }
    Map<String, Object> edition =
        served
            .query(
                "SELECT max(year) AS year, max(as_of) AS as_of, max(baseline_year) AS baseline_year"
                    + " FROM "
                    + TABLE)
            .get(0);
    Object year = headlineYear.hasHeadline() ? headlineYear.year() : edition.get("year");
    List<Map<String, Object>> shown =
        served.query(
            "SELECT area_code, area_level, indicator_code, value, unit, unit_mult, decimals, status"
                + " FROM "
                + TABLE
                + " WHERE year = "
                + year
                + " ORDER BY area_level, area_code");
    return new Page(
        ID,
        TITLE,
        headlineYear.hasHeadline() ? bigNumbers(shown, year) : List.of(),
        ChartSpec.drawAll(charts(), served),
        List.of(table(shown, year)),
        List.of(
            new Label(
                "主要指标年度：" + headlineYear.zh() + "。", "Headline year: " + headlineYear.en() + "."),
            new Label(
                String.format(
                    "数据截至 %s，基期 %s 年。“不公布”（图中 * 标记）：社区数少于公布门槛的区域，"
                        + "以及为防止由全区合计推算而一并不公布的街道；“初步”：报表收回不足的年度。",
                    edition.get("as_of"), edition.get("baseline_year")),
                String.format(
                    "As of %s, baseline year %s. \"Suppressed\" (marked * in the charts): areas"
                        + " with fewer communities than the publication threshold, and the streets"
                        + " withheld with them so that the district total cannot reveal them;"
                        + " \"provisional\": a year with too few returns received.",
                    edition.get("as_of"), edition.get("baseline_year")))));
  }

  /** The indicators in the order the page lists them: each measure, then the applications. */
  private List<String> indicatorOrder() {
    List<String> codes = new ArrayList<>();
    for (Measure measure : measures) {
      codes.addAll(
          List.of(measure.name(), measure.perCommunityColumn(), measure.reductionPctColumn()));
    }
    codes.add(REPORTING_RATE_PCT);
    codes.addAll(List.of(APPLICATIONS + "submitted", APPLICATIONS + "approved"));
    return codes;
  }

  /**
   * An indicator is labelled as the mart column it publishes is; one the page does not know yet is
   * shown by its code.
   */
  private Label label(String code) {
    if (code.startsWith(APPLICATIONS)) {
      Label column = Label.of(funnel, code.substring(APPLICATIONS.length()));
      return new Label("准入" + column.zh(), Label.english(code));
    }
    if (code.equals(REPORTING_RATE_PCT)) {
      return Label.of(summary, "reporting_rate").with("(%)", " (%)");
    }
    return summary.columnNames().contains(code)
        ? Label.of(summary, code)
        : new Label(code, Label.english(code));
  }

  private List<Page.BigNumber> bigNumbers(List<Map<String, Object>> shown, Object year) {
    Map<String, Map<String, Object>> district = new LinkedHashMap<>();
    shown.stream()
        .filter(row -> "DISTRICT".equals(row.get("area_level")))
        .forEach(row -> district.put((String) row.get("indicator_code"), row));
    List<Page.BigNumber> numbers = new ArrayList<>();
    for (String code : indicatorOrder()) {
      Map<String, Object> row = district.get(code);
      if (code.endsWith("_reduction_pct") && row != null) {
        numbers.add(
            new Page.BigNumber(
                "public-" + code,
                label(code),
                cell(row).text(),
                row.get("value") == null ? "" : row.get("value").toString(),
                row.get("area_code") + ", " + year));
      }
    }
    return numbers;
  }

  private List<ChartSpec> charts() {
    List<ChartSpec> charts = new ArrayList<>();
    for (Measure measure : measures) {
      String code = measure.perCommunityColumn();
      charts.add(
          new ChartSpec(
              "public_" + code,
              label(code).with("（按区域、年度）", " by area and year"),
              // an area is shown by name (DisplayNames), marked * when a figure is suppressed
              "SELECT "
                  + DisplayNames.AREA.of(TABLE + ".area_code")
                  + " || CASE WHEN bool_or(status = 'SUPPRESSED') OVER (PARTITION BY"
                  + " area_code) THEN ' *' ELSE '' END AS area, year, value FROM "
                  + TABLE
                  + " WHERE indicator_code = "
                  + DuckDbSql.literal(code)
                  + " ORDER BY area_level, area_code, year",
              "area",
              new ChartSpec.Pivot("year", "value"),
              Set.of()));
    }
    List<String> applications = List.of(APPLICATIONS + "submitted", APPLICATIONS + "approved");
    String seriesLabel =
        applications.stream()
            .map(
                code ->
                    "WHEN "
                        + DuckDbSql.literal(code)
                        + " THEN "
                        + DuckDbSql.literal(label(code).toString()))
            .collect(Collectors.joining(" ", "CASE indicator_code ", " END"));
    charts.add(
        new ChartSpec(
            "public_applications",
            new Label("全区准入申报与批准（按年度）", "District applications submitted and approved by year"),
            "SELECT year, "
                + seriesLabel
                + " AS indicator, value FROM "
                + TABLE
                + " WHERE area_level = 'DISTRICT' AND indicator_code IN ("
                + applications.stream().map(DuckDbSql::literal).collect(Collectors.joining(", "))
                + ") ORDER BY year",
            "year",
            new ChartSpec.Pivot("indicator", "value"),
            Set.of()));
    return charts;
  }

  /** The figures of the year shown, an indicator per row and an area per column. */
  private ReportTable table(List<Map<String, Object>> shown, Object year) {
    Map<String, Map<String, Object>> firstOfIndicator = new LinkedHashMap<>();
    Map<String, Map<String, Cell>> areas = new LinkedHashMap<>();
    for (Map<String, Object> row : shown) {
      String code = (String) row.get("indicator_code");
      firstOfIndicator.putIfAbsent(code, row);
      areas
          .computeIfAbsent(
              row.get("area_code") + " (" + row.get("area_level") + ")",
              area -> new LinkedHashMap<>())
          .put(code, cell(row));
    }
    List<String> indicators =
        new ArrayList<>(indicatorOrder().stream().filter(firstOfIndicator::containsKey).toList());
    firstOfIndicator.keySet().stream()
        .filter(code -> !indicators.contains(code))
        .forEach(indicators::add);

    List<Label> header = new ArrayList<>(List.of(new Label("指标", "Indicator")));
    areas.keySet().forEach(area -> header.add(new Label(area, "")));
    List<ReportTable.Row> rows = new ArrayList<>();
    for (String code : indicators) {
      List<Cell> row =
          new ArrayList<>(
              List.of(
                  new Cell(withUnit(label(code), firstOfIndicator.get(code)).toString(), "text")));
      areas.values().forEach(cells -> row.add(cells.getOrDefault(code, Cell.of(null))));
      rows.add(new ReportTable.Row(row));
    }
    return new ReportTable(
        "public_statistics",
        new Label("公开统计（" + year + "）", "Public statistics (" + year + ")"),
        header,
        rows);
  }

  private static Label withUnit(Label label, Map<String, Object> row) {
    Object multiplier = row.get("unit_mult");
    String unit =
        multiplier == null || ((Number) multiplier).intValue() == 0
            ? String.valueOf(row.get("unit"))
            : "×10^" + multiplier + " " + row.get("unit");
    return label.with("（" + unit + "）", " (" + unit + ")");
  }

  /** A published value with its declared decimals, or the suppressed mark. */
  private static Cell cell(Map<String, Object> row) {
    Object value = row.get("value");
    if ("SUPPRESSED".equals(row.get("status"))) {
      return new Cell(SUPPRESSED.toString(), "suppressed");
    }
    if (value == null) {
      return Cell.of(null);
    }
    Object decimals = row.get("decimals");
    String figure =
        new BigDecimal(value.toString())
            .setScale(decimals == null ? 1 : ((Number) decimals).intValue(), RoundingMode.HALF_UP)
            .toPlainString();
    return "PROVISIONAL".equals(row.get("status"))
        ? new Cell(figure + " (" + PROVISIONAL + ")", "number provisional")
        : new Cell(figure, "number");
  }
}
