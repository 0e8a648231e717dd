package jianfu.dashboards.report;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jianfu.dashboards.report.ChartSpec.Look;
import jianfu.dashboards.serving.Headline;
import jianfu.schemas.Contract;
import jianfu.schemas.Measure;
import jianfu.schemas.OutputTable;

/**
 * 领导小组减负监测 / Burden monitoring, for the leading group: the headline reductions, the four burdens by
 * year and by street, unadmitted records, the access funnel and support fulfilment.
 */
final class BurdenPage {

  static final String ID = "burden";

  private final OutputTable summary;
  private final List<Measure> measures;
  private final OutputTable departments;
  private final OutputTable funnel;
  private final OutputTable support;

  BurdenPage(Contract contract) {
    summary = contract.mart("burden_summary");
    measures = contract.measures();
    departments = contract.mart("department_scorecard");
    funnel = contract.mart("access_funnel");
    support = contract.mart("support_fulfilment");
  }

  /**
   * The big numbers are the headline year's (none without a FINAL year); the charts show every
   * year, provisional ones included, and the notes say which is which.
   */
  Page read(ServedRows served, Headline headline) throws SQLException {
    return new Page(
        ID,
        new Label("领导小组减负监测", "Burden monitoring"),
        headline.measures().stream().map(measure -> bigNumber(headline, measure)).toList(),
        ChartSpec.drawAll(charts(), served),
        List.of(),
        List.of(
            new Label(
                "主要指标年度：" + headline.year().zh() + "。",
                "Headline year: " + headline.year().en() + "."),
            new Label(
                "较基期减少 = 100 × (基期 − 当年) / 基期，只比较两年都报送了该报表的社区（同口径）；"
                    + "报表收回率低于完整性门槛的年度为初步数据，不作为主要指标。",
                "Reduction = 100 × (baseline − headline year) / baseline, over the communities"
                    + " that reported the dataset in both years (like for like); a year whose"
                    + " returns are below the completeness threshold is provisional and never the"
                    + " headline.")));
  }

  private Page.BigNumber bigNumber(Headline headline, Headline.Figure measure) {
    boolean known = measure.reductionPct() != null;
    return new Page.BigNumber(
        "headline-" + measure.measure().name(),
        Label.of(summary, measure.measure().reductionPctColumn()),
        known ? measure.reductionPct().toPlainString() + "%" : "n/a",
        known ? measure.reductionPct().toPlainString() : "",
        String.format(
            "%s: %s → %d: %s",
            headline.baselineYear() == null ? "n/a" : headline.baselineYear(),
            measure.baseline() == null ? "n/a" : measure.baseline(),
            headline.year().year(),
            measure.latest() == null ? "n/a" : measure.latest()));
  }

  private List<ChartSpec> charts() {
    List<ChartSpec> charts = new ArrayList<>();
    charts.add(
        ChartSpec.ofColumns(
            "burden_by_year",
            new Label("全区四项负担（按年度）", "The four burdens of the district by year"),
            summary,
            "year",
            "WHERE level = 'DISTRICT' ORDER BY year",
            Set.of(),
            measures.stream().map(Measure::name).toArray(String[]::new)));
    for (Measure measure : measures) {
      String perCommunity = measure.perCommunityColumn();
      charts.add(
          new ChartSpec(
              perCommunity + "_by_street",
              Label.of(summary, perCommunity).with("（按街道、年度）", " by street and year"),
              "SELECT org_code, year, "
                  + perCommunity
                  + " FROM burden_summary WHERE level = 'STREET' ORDER BY org_code, year",
              "org_code",
              new ChartSpec.Pivot("year", perCommunity),
              Set.of()));
    }
    charts.add(
        new ChartSpec(
            "unadmitted_by_department",
            Label.of(departments, "unadmitted_records").with("（按部门、年度）", " by department and year"),
            "SELECT dept_code, year, unadmitted_records FROM department_scorecard"
                + " WHERE unadmitted_records > 0"
                + " ORDER BY sum(unadmitted_records) OVER (PARTITION BY dept_code) DESC, dept_code, year",
            "dept_code",
            new ChartSpec.Pivot("year", "unadmitted_records"),
            Set.of(Look.STACKED)));
    charts.add(
        ChartSpec.ofColumns(
            "access_funnel",
            new Label(funnel.label() + "（全部部门，按申报年度）", "Access funnel, all departments, by year"),
            funnel,
            "year",
            "WHERE dept_code = 'ALL' ORDER BY year",
            Set.of(),
            "submitted",
            "approved",
            "rejected",
            "returned",
            "withdrawn",
            "pending",
            "revoked"));
    charts.add(
        ChartSpec.ofColumns(
            "rejection_reasons",
            new Label("不予准入原因（全部部门）", "Rejection reasons, all departments"),
            funnel,
            "year",
            "WHERE dept_code = 'ALL' ORDER BY year",
            Set.of(Look.STACKED),
            "rejected_no_legal_basis",
            "rejected_support_not_specific",
            "rejected_community_disagreed"));
    for (String rate : List.of("personnel_fulfilment", "funding_fulfilment")) {
      charts.add(
          new ChartSpec(
              rate + "_by_department",
              Label.of(support, rate).with("（按部门、年度）", " by department and year"),
              "SELECT dept_code, year, "
                  + rate
                  + " FROM support_fulfilment WHERE "
                  + rate
                  + " IS NOT NULL ORDER BY dept_code, year",
              "dept_code",
              new ChartSpec.Pivot("year", rate),
              Set.of(Look.PERCENT)));
    }
    return charts;
  }
}
