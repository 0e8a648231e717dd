package jianfu.dashboards.report;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jianfu.dashboards.report.ChartSpec.Look;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputTable;

/**
 * 年度绩效考核 / Annual performance review: the two-way rating scorecards of the latest rated year
 * (ranks, vetoes, refusals) and the grades and deductions of every year. A year whose ratings are
 * not in yet (the current, provisional one) would show an empty review.
 */
final class PerformancePage {

  static final String ID = "performance";

  /** Grades as the page names them, and in their order (best first). */
  private static final String GRADE_LABEL =
      "CASE grade WHEN 'EXCELLENT' THEN '优秀 / Excellent' WHEN 'GOOD' THEN '良好 / Good'"
          + " WHEN 'PASS' THEN '合格 / Pass' ELSE '不合格 / Fail' END";

  private static final String GRADE_ORDER =
      "CASE grade WHEN 'EXCELLENT' THEN 1 WHEN 'GOOD' THEN 2 WHEN 'PASS' THEN 3 ELSE 4 END";

  private final OutputTable departments;
  private final OutputTable communities;

  PerformancePage(Contract contract) {
    departments = contract.mart("department_scorecard");
    communities = contract.mart("community_scorecard");
  }

  Page read(ServedRows served) throws SQLException {
    Object latest =
        served
            .query(
                "SELECT coalesce(max(year) FILTER (WHERE composite IS NOT NULL), max(year)) AS year"
                    + " FROM department_scorecard")
            .get(0)
            .get("year");
    if (latest == null) {
      throw new IllegalStateException(
          "department_scorecard is empty: was any work item, ledger or activity loaded?");
    }
    int year = ((Number) latest).intValue();
    return new Page(
        ID,
        new Label("年度绩效考核", "Annual performance review"),
        bigNumbers(served, year),
        ChartSpec.drawAll(charts(year), served),
        tables(served, year),
        List.of(
            new Label(
                "一票否决：有保障到位的任务未完成；拒绝无保障任务是社区的权利，不扣分。",
                "Veto: a supported task left undone; refusing an unsupported task is the"
                    + " community's right and never penalised.")));
  }

  private List<Page.BigNumber> bigNumbers(ServedRows served, int year) throws SQLException {
    Map<String, Object> community =
        served
            .query(
                "SELECT count(*) FILTER (WHERE veto) AS vetoes, sum(refused_unsupported) AS refused"
                    + " FROM community_scorecard WHERE year = "
                    + year)
            .get(0);
    Object meanScore =
        served
            .query("SELECT avg(final_score) AS mean FROM department_scorecard WHERE year = " + year)
            .get(0)
            .get("mean");
    String inYear = " (" + year + ")";
    return List.of(
        count(
            "perf-vetoes",
            new Label("一票否决社区数", "Communities vetoed" + inYear),
            community,
            "vetoes"),
        count(
            "perf-refused",
            Label.of(communities, "refused_unsupported").with("", inYear),
            community,
            "refused"),
        new Page.BigNumber(
            "perf-mean-department-score",
            new Label("部门平均最终得分", "Mean department final score" + inYear),
            meanScore == null ? "n/a" : String.format("%.1f", (Double) meanScore),
            meanScore == null ? "" : meanScore.toString(),
            ""));
  }

  private static Page.BigNumber count(
      String id, Label label, Map<String, Object> row, String column) {
    Object value = row.get(column);
    String text = value == null ? "0" : value.toString();
    return new Page.BigNumber(id, label, text, text, "");
  }

  private List<ChartSpec> charts(int year) {
    List<ChartSpec> charts = new ArrayList<>();
    charts.add(
        ChartSpec.ofColumns(
            "department_ranking",
            new Label("部门最终得分排名（" + year + "）", "Departments ranked by final score (" + year + ")"),
            departments,
            "dept_code",
            "WHERE year = " + year + " AND final_score IS NOT NULL ORDER BY rank, dept_code",
            Set.of(Look.HORIZONTAL),
            "final_score"));
    Map<OutputTable, Label> graded =
        Map.of(
            departments, new Label("部门等次分布（按年度）", "Department grades by year"),
            communities, new Label("社区等次分布（按年度）", "Community grades by year"));
    for (OutputTable scorecard : List.of(departments, communities)) {
      charts.add(
          new ChartSpec(
              scorecard.table() + "_grades",
              graded.get(scorecard),
              "SELECT "
                  + GRADE_LABEL
                  + " AS grade_label, year, count(*) AS scored FROM "
                  + scorecard.table()
                  + " WHERE grade IS NOT NULL GROUP BY grade, year ORDER BY "
                  + GRADE_ORDER
                  + ", year",
              "grade_label",
              new ChartSpec.Pivot("year", "scored"),
              Set.of()));
    }
    charts.add(
        new ChartSpec(
            "deductions_by_department",
            Label.of(departments, "deduction").with("（按部门、年度）", " by department and year"),
            "SELECT dept_code, year, deduction FROM department_scorecard WHERE deduction > 0"
                + " ORDER BY sum(deduction) OVER (PARTITION BY dept_code) DESC, dept_code, year",
            "dept_code",
            new ChartSpec.Pivot("year", "deduction"),
            Set.of(Look.STACKED)));
    charts.add(
        new ChartSpec(
            "vetoes_refusals_by_street",
            new Label(
                "一票否决与拒绝无保障任务（按街道，" + year + "）", "Vetoes and refusals by street (" + year + ")"),
            "SELECT street_code, count(*) FILTER (WHERE veto) AS vetoes,"
                + " sum(refused_unsupported) AS refused_unsupported FROM community_scorecard"
                + " WHERE year = "
                + year
                + " GROUP BY street_code ORDER BY street_code",
            "street_code",
            new ChartSpec.Columns(
                List.of(
                    new ChartSpec.Column("vetoes", new Label("一票否决社区数", "Communities vetoed")),
                    new ChartSpec.Column(
                        "refused_unsupported", Label.of(communities, "refused_unsupported")))),
            Set.of()));
    return charts;
  }

  private List<ReportTable> tables(ServedRows served, int year) throws SQLException {
    return List.of(
        ReportTable.of(
            "department_scorecard",
            new Label(
                departments.label() + "（" + year + "，按排名）",
                "Department scorecards (" + year + "), ranked"),
            departments,
            served.query(
                "SELECT rank, dept_code, composite, deduction, final_score, grade,"
                    + " unadmitted_records, self_run_activities, raters FROM department_scorecard"
                    + " WHERE year = "
                    + year
                    + " ORDER BY rank NULLS LAST, dept_code")),
        ReportTable.of(
            "community_scorecard",
            new Label(
                communities.label() + "（" + year + "，按街道）",
                "Community scorecards (" + year + "), by street"),
            communities,
            served.query(
                "SELECT street_code, org_code, rank_in_street, final_score, grade, veto,"
                    + " tasks_entrusted, tasks_supported, tasks_completed, refused_unsupported"
                    + " FROM community_scorecard WHERE year = "
                    + year
                    + " ORDER BY street_code, rank_in_street NULLS LAST, org_code")));
  }
}
