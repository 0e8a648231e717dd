package jianfu.dashboards.report;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jianfu.dashboards.report.ChartSpec.Look;
import jianfu.dashboards.serving.HeadlineYear;
import jianfu.dashboards.serving.ServingDatabase;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.Measure;
import jianfu.schemas.OutputTable;

/**
 * 数据完整性 / Data completeness, for the leading group and the street offices that chase returns: which
 * year is final, the reporting and on-time rates by street and by dataset over the years, the
 * returns missing or late (community by community, the list they chase), the validation violations
 * by rule and street and listed, and the ingestion warnings by table and reason. Areas are shown by
 * name (served org_units), by code where the run has no name for them.
 */
final class CompletenessPage {

  static final String ID = "completeness";

  /**
   * Each area's name for axes and lists: the org_units name, with the code after it when two areas
   * share a name (a category is its text, so two streets must never merge).
   */
  static final String AREA_NAMES =
      "(SELECT org_code, CASE WHEN count(*) OVER (PARTITION BY org_name) > 1"
          + " THEN org_name || ' ' || org_code ELSE org_name END AS area_name FROM org_units)";

  private static final String LATEST = "(SELECT max(year) FROM reporting_rates)";

  private final OutputTable rates;
  private final OutputTable violations;
  private final OutputTable warnings;
  private final OutputTable summary;
  private final OutputTable outstanding;
  private final String datasetLabel;
  private final String datasetOrder;

  CompletenessPage(Contract contract) {
    rates = contract.mart("reporting_rates");
    violations = contract.mart("validation_violations");
    warnings = contract.ingestWarnings();
    summary = contract.mart("burden_summary");
    outstanding = ServingDatabase.derivedTable("returns_outstanding");
    datasetLabel = datasetLabel(contract.measures());
    datasetOrder = datasetOrder(contract.measures());
  }

  /**
   * Each return named by the measure it reports, as the measure is labelled everywhere; ALL last.
   */
  private static String datasetLabel(List<Measure> measures) {
    StringBuilder sql = new StringBuilder("CASE dataset");
    for (Measure measure : measures) {
      sql.append(" WHEN ")
          .append(DuckDbSql.literal(measure.dataset()))
          .append(" THEN ")
          .append(DuckDbSql.literal(measure.label() + " / " + measure.labelEn()));
    }
    return sql.append(" WHEN 'ALL' THEN '四项合计 / All four' ELSE dataset END").toString();
  }

  /** The returns in the order of their measures, ALL last. */
  private static String datasetOrder(List<Measure> measures) {
    StringBuilder sql = new StringBuilder("CASE dataset");
    for (int i = 0; i < measures.size(); i++) {
      sql.append(" WHEN ")
          .append(DuckDbSql.literal(measures.get(i).dataset()))
          .append(" THEN ")
          .append(i + 1);
    }
    return sql.append(" ELSE ").append(measures.size() + 1).append(" END").toString();
  }

  Page read(ServedRows served, HeadlineYear headlineYear) throws SQLException {
    return new Page(
        ID,
        new Label("数据完整性", "Data completeness"),
        bigNumbers(served, headlineYear),
        ChartSpec.drawAll(charts(), served),
        tables(served),
        List.of(
            new Label(
                "报送率 = 已报 / 应报（收到报表，或有该报表的记录）；按时报送率 = 不晚于应报日期收到 / 应报。"
                    + "报表收回率达到完整性门槛的年度为定稿年度，其余为初步数据。",
                "Reporting rate = received / expected (a return came back, or the community has"
                    + " records of the dataset); on-time rate = received by the due date /"
                    + " expected. A year whose returns reach the completeness threshold is final,"
                    + " the others are provisional.")));
  }

  private List<Page.BigNumber> bigNumbers(ServedRows served, HeadlineYear headlineYear)
      throws SQLException {
    Map<String, Object> latest =
        served
            .query(
                "SELECT year, reporting_rate, on_time_rate FROM reporting_rates"
                    + " WHERE level = 'DISTRICT' AND dataset = 'ALL' AND year = "
                    + LATEST)
            .stream()
            .findFirst()
            .orElse(Map.of());
    Object year = latest.get("year");
    String inYear = year == null ? "" : " (" + year + ")";
    Map<String, Object> counts =
        served
            .query(
                "SELECT count(*) FILTER (WHERE status = 'MISSING') AS missing,"
                    + " count(*) FILTER (WHERE status = 'LATE') AS late"
                    + " FROM returns_outstanding WHERE year = "
                    + LATEST)
            .get(0);
    Object violated =
        served
            .query("SELECT count(*) AS n FROM validation_violations WHERE year = " + LATEST)
            .get(0)
            .get("n");
    Object warned = served.query("SELECT count(*) AS n FROM ingest_warnings").get(0).get("n");
    List<Page.BigNumber> numbers = new ArrayList<>();
    numbers.add(
        new Page.BigNumber(
            "completeness-headline-year",
            new Label("主要指标年度（最新定稿年度）", "Headline year (latest final year)"),
            headlineYear.hasHeadline() ? String.valueOf(headlineYear.year()) : "—",
            headlineYear.hasHeadline() ? String.valueOf(headlineYear.year()) : "",
            headlineYear.provisionalEn()));
    numbers.add(rate("completeness-reporting-rate", rates, "reporting_rate", latest, inYear));
    numbers.add(rate("completeness-on-time-rate", rates, "on_time_rate", latest, inYear));
    numbers.add(
        count(
            "completeness-missing",
            new Label("未报报表", "Returns missing" + inYear),
            counts,
            "missing"));
    numbers.add(
        count("completeness-late", new Label("逾期报表", "Returns late" + inYear), counts, "late"));
    numbers.add(
        count(
            "completeness-violations",
            new Label("校验问题", "Validation violations" + inYear),
            Map.of("n", violated),
            "n"));
    numbers.add(
        count(
            "completeness-warnings",
            new Label("入库警告（全部）", "Ingestion warnings (all)"),
            Map.of("n", warned),
            "n"));
    return numbers;
  }

  private static Page.BigNumber rate(
      String id, OutputTable mart, String column, Map<String, Object> row, String inYear) {
    Object value = row.get(column);
    return new Page.BigNumber(
        id,
        Label.of(mart, column).with("（全区）", " of the district" + inYear),
        value == null ? "n/a" : HeadlineYear.percent((Double) value).toPlainString() + "%",
        value == null ? "" : value.toString(),
        "");
  }

  private static Page.BigNumber count(
      String id, Label label, Map<String, Object> row, String column) {
    String text = String.valueOf(row.get(column));
    return new Page.BigNumber(id, label, text, text, "");
  }

  private List<ChartSpec> charts() {
    List<ChartSpec> charts = new ArrayList<>();
    for (String rate : List.of("reporting_rate", "on_time_rate")) {
      charts.add(
          new ChartSpec(
              rate + "_by_street",
              Label.of(rates, rate).with("（按街道、年度，四项合计）", " by street and year, all four datasets"),
              "SELECT coalesce(n.area_name, r.area_code) AS area, r.year, r."
                  + rate
                  + " FROM reporting_rates r LEFT JOIN "
                  + AREA_NAMES
                  + " n ON n.org_code = r.area_code"
                  + " WHERE r.level = 'STREET' AND r.dataset = 'ALL' ORDER BY r.area_code, r.year",
              "area",
              new ChartSpec.Pivot("year", rate),
              Set.of(Look.PERCENT)));
      charts.add(
          new ChartSpec(
              rate + "_by_dataset",
              Label.of(rates, rate).with("（全区，按报表、年度）", " of the district by dataset and year"),
              "SELECT "
                  + datasetLabel
                  + " AS dataset_label, year, "
                  + rate
                  + " FROM reporting_rates WHERE level = 'DISTRICT' ORDER BY "
                  + datasetOrder
                  + ", year",
              "dataset_label",
              new ChartSpec.Pivot("year", rate),
              Set.of(Look.PERCENT)));
    }
    charts.add(
        new ChartSpec(
            "violations_by_street_and_rule",
            new Label(
                "数据校验问题（按街道、规则，全部年度）", "Validation violations by street and rule, every year"),
            "SELECT coalesce(n.area_name, v.street_code) AS street, v.rule_code, count(*) AS"
                + " violations FROM validation_violations v LEFT JOIN "
                + AREA_NAMES
                + " n ON n.org_code = v.street_code"
                + " GROUP BY ALL ORDER BY min(v.street_code), v.rule_code",
            "street",
            new ChartSpec.Pivot("rule_code", "violations"),
            Set.of(Look.STACKED)));
    charts.add(
        new ChartSpec(
            "warnings_by_table_and_reason",
            new Label("入库警告（按表、原因）", "Ingestion warnings by table and reason"),
            "SELECT table_name, reason, count(*) AS warnings FROM ingest_warnings"
                + " GROUP BY table_name, reason ORDER BY table_name, reason",
            "table_name",
            new ChartSpec.Pivot("reason", "warnings"),
            Set.of(Look.STACKED)));
    return charts;
  }

  private List<ReportTable> tables(ServedRows served) throws SQLException {
    List<ReportTable> tables = new ArrayList<>();
    tables.add(
        ReportTable.of(
            "year_status",
            new Label("各年度数据状态（全区）", "Status of each year, district"),
            List.of(
                Label.of(summary, "year"),
                Label.of(summary, "status"),
                Label.of(summary, "reporting_rate").with("(%)", " (%)")),
            served.query(
                "SELECT year, CASE status WHEN 'FINAL' THEN '定稿 / final'"
                    + " ELSE '初步 / provisional' END AS status,"
                    + " round(100 * reporting_rate, 1) AS reporting_rate FROM burden_summary"
                    + " WHERE level = 'DISTRICT' ORDER BY year")));
    tables.add(
        ReportTable.of(
            "returns_outstanding",
            new Label("未报和逾期报表（催报清单）", "Returns missing or late: the list to chase"),
            List.of(
                Label.of(outstanding, "year"),
                Label.of(outstanding, "street_name"),
                Label.of(outstanding, "community_name"),
                Label.of(outstanding, "org_code"),
                Label.of(outstanding, "dataset"),
                Label.of(outstanding, "due_on"),
                Label.of(outstanding, "received_on"),
                Label.of(outstanding, "status"),
                Label.of(outstanding, "days_late")),
            served.query(
                "SELECT year, coalesce(street_name, street_code) AS street, coalesce(community_name,"
                    + " org_code) AS community, org_code, "
                    + datasetLabel
                    + " AS dataset_label, due_on, received_on, CASE status WHEN 'MISSING'"
                    + " THEN '未报 / missing' ELSE '逾期 / late' END AS status, days_late"
                    + " FROM returns_outstanding"
                    + " ORDER BY year DESC, street_code, org_code, "
                    + datasetOrder)));
    tables.add(
        ReportTable.of(
            "reporting_rates",
            new Label("报送率（全区和各街道，按报表、年度）", "Reporting rates of the district and each street"),
            List.of(
                Label.of(rates, "year"),
                new Label("区域", "Area"),
                Label.of(rates, "dataset"),
                Label.of(rates, "expected"),
                Label.of(rates, "received"),
                Label.of(rates, "on_time"),
                Label.of(rates, "late"),
                Label.of(rates, "nil_returns"),
                Label.of(rates, "reporting_rate").with("(%)", " (%)"),
                Label.of(rates, "on_time_rate").with("(%)", " (%)")),
            served.query(
                "SELECT r.year, coalesce(n.area_name, r.area_code) AS area, "
                    + datasetLabel
                    + " AS dataset_label, r.expected, r.received, r.on_time, r.late,"
                    + " r.nil_returns, round(100 * r.reporting_rate, 1) AS reporting_pct,"
                    + " round(100 * r.on_time_rate, 1) AS on_time_pct"
                    + " FROM reporting_rates r LEFT JOIN "
                    + AREA_NAMES
                    + " n ON n.org_code = r.area_code WHERE r.level IN ('DISTRICT', 'STREET')"
                    + " ORDER BY r.year DESC, r.level, r.area_code, "
                    + datasetOrder)));
    tables.add(
        ReportTable.of(
            "validation_violations",
            new Label("数据校验问题清单", "Validation violations, listed"),
            List.of(
                Label.of(violations, "year"),
                new Label("街道", "Street"),
                new Label("社区", "Community"),
                Label.of(violations, "org_code"),
                Label.of(violations, "rule_code")),
            served.query(
                "SELECT v.year, coalesce(s.area_name, v.street_code) AS street, coalesce(c.area_name,"
                    + " v.org_code) AS community, v.org_code, v.rule_code"
                    + " FROM validation_violations v"
                    + " LEFT JOIN "
                    + AREA_NAMES
                    + " s ON s.org_code = v.street_code LEFT JOIN "
                    + AREA_NAMES
                    + " c ON c.org_code = v.org_code"
                    + " ORDER BY v.year DESC, v.street_code, v.org_code, v.rule_code")));
    tables.add(
        ReportTable.of(
            "ingest_warnings",
            new Label("入库警告（按表、原因、字段）", "Ingestion warnings by table, reason and column"),
            List.of(
                Label.of(warnings, "table_name"),
                Label.of(warnings, "reason"),
                Label.of(warnings, "column_name"),
                new Label("警告数", "Warnings")),
            served.query(
                "SELECT table_name, reason, column_name, count(*) AS warnings FROM ingest_warnings"
                    + " GROUP BY ALL ORDER BY table_name, reason, column_name")));
    return tables;
  }
}
