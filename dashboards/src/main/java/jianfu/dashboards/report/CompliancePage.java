package jianfu.dashboards.report;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jianfu.dashboards.report.ChartSpec.Look;
import jianfu.dashboards.serving.HeadlineYear;
import jianfu.dashboards.serving.ServingDatabase;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.OutputTable;

/**
 * 准入合规与协议 / Access compliance and agreements, for the leading group: the approvals that broke a
 * rule of the access system (listed application by application, and counted by department and
 * year), how long a matter takes from its first submission to its final decision against one
 * application's decision, and how many entrusted tasks rest on both written agreements, by
 * department and by street, with the communities whose undertaking agreement is missing.
 * Departments and areas are shown by name (served departments and org_units), by code where the run
 * has no name for them.
 */
final class CompliancePage {

  static final String ID = "compliance";

  /** access_funnel's columns counting the approvals that broke each rule, in the page's order. */
  static final List<String> RULES =
      List.of(
          "approved_without_consultation",
          "approved_despite_disagreement",
          "approved_without_legal_basis",
          "consulted_after_decision");

  /**
   * Each department's name, with its code after it when two share a name (a category is its text,
   * so two departments must never merge).
   */
  private static final String DEPARTMENT_NAMES =
      "(SELECT dept_code, CASE WHEN count(*) OVER (PARTITION BY dept_name) > 1"
          + " THEN dept_name || ' ' || dept_code ELSE dept_name END AS dept_label FROM departments)";

  private final OutputTable funnel;
  private final OutputTable coverage;
  private final OutputTable breaches;
  private final OutputTable byStreet;
  private final OutputTable missing;
  private final String ruleLabel;

  CompliancePage(Contract contract) {
    funnel = contract.mart("access_funnel");
    coverage = contract.mart("agreement_coverage");
    breaches = ServingDatabase.derivedTable("approvals_breaking_rules");
    byStreet = ServingDatabase.derivedTable("agreement_coverage_by_street");
    missing = ServingDatabase.derivedTable("undertaking_agreements_missing");
    ruleLabel = ruleLabel(funnel);
  }

  /** Each rule named as access_funnel labels the column counting it. */
  private static String ruleLabel(OutputTable funnel) {
    return RULES.stream()
        .map(
            rule ->
                " WHEN "
                    + DuckDbSql.literal(rule)
                    + " THEN "
                    + DuckDbSql.literal(Label.of(funnel, rule).toString()))
        .collect(Collectors.joining("", "CASE rule", " ELSE rule END"));
  }

  Page read(ServedRows served, HeadlineYear headlineYear) throws SQLException {
    return new Page(
        ID,
        new Label("准入合规与协议", "Access compliance and agreements"),
        bigNumbers(served, headlineYear),
        ChartSpec.drawAll(charts(), served),
        tables(served),
        List.of(
            new Label(
                "批准须先征求社区意见，社区不同意的不得批准，无政策法规依据的不得批准。事项办结天数：从首次申报到最后一次重新申报的决定；"
                    + "协议齐全：任务既有部门与街道签订的委托协议（列有该申报），又有街道与社区签订的承接协议，均在年底前签订。",
                "An approval must follow the communities' consultation, none may pass a community's"
                    + " disagreement, and none may lack a legal basis. Days to settle a matter: from"
                    + " its first submission to the decision on its last resubmission. Covered: the"
                    + " task rests on the department's entrustment agreement with the street"
                    + " (listing the application) and the street's undertaking agreement with the"
                    + " community, both signed by the year-end.")));
  }

  private List<Page.BigNumber> bigNumbers(ServedRows served, HeadlineYear headlineYear)
      throws SQLException {
    Object broken =
        served
            .query("SELECT count(DISTINCT application_id) AS n FROM approvals_breaking_rules")
            .get(0)
            .get("n");
    String year =
        headlineYear.hasHeadline()
            ? String.valueOf(headlineYear.year())
            : "(SELECT max(year) FROM access_funnel)";
    Map<String, Object> all =
        served
            .query(
                "SELECT f.year, f.median_decision_days, f.median_matter_days, c.coverage_rate"
                    + " FROM access_funnel f LEFT JOIN agreement_coverage c"
                    + " ON c.year = f.year AND c.dept_code = 'ALL'"
                    + " WHERE f.dept_code = 'ALL' AND f.year = "
                    + year)
            .stream()
            .findFirst()
            .orElse(Map.of());
    String inYear = all.get("year") == null ? "" : " (" + all.get("year") + ")";
    Object unsigned =
        served
            .query("SELECT count(*) AS n FROM undertaking_agreements_missing WHERE year = " + year)
            .get(0)
            .get("n");
    Object rate = all.get("coverage_rate");
    return List.of(
        number(
            "compliance-breaches",
            new Label("违规批准（全部年度）", "Approvals that broke a rule (every year)"),
            broken),
        days("compliance-median-decision-days", "median_decision_days", all, inYear),
        days("compliance-median-matter-days", "median_matter_days", all, inYear),
        new Page.BigNumber(
            "compliance-coverage-rate",
            Label.of(coverage, "coverage_rate").with("（全区）", " of the district" + inYear),
            rate == null ? "n/a" : HeadlineYear.percent((Double) rate).toPlainString() + "%",
            rate == null ? "" : rate.toString(),
            ""),
        number(
            "compliance-undertaking-missing",
            new Label("承接协议缺失社区", "Communities without a signed undertaking agreement" + inYear),
            unsigned));
  }

  private Page.BigNumber days(String id, String column, Map<String, Object> row, String inYear) {
    Object value = row.get(column);
    return new Page.BigNumber(
        id,
        Label.of(funnel, column).with("（全区）", " of the district" + inYear),
        value == null ? "n/a" : String.format("%.1f", (Double) value),
        value == null ? "" : value.toString(),
        "");
  }

  private static Page.BigNumber number(String id, Label label, Object value) {
    String text = String.valueOf(value);
    return new Page.BigNumber(id, label, text, text, "");
  }

  private List<ChartSpec> charts() {
    String ruleSums =
        RULES.stream()
            .map(rule -> "sum(f." + rule + ") AS " + rule)
            .collect(Collectors.joining(", "));
    List<ChartSpec> charts = new ArrayList<>();
    charts.add(
        ChartSpec.ofColumns(
            "breaches_by_year",
            new Label("违规批准（全区，按年度、规则）", "Approvals that broke a rule, district, by year and rule"),
            funnel,
            "year",
            "WHERE dept_code = 'ALL' ORDER BY year",
            Set.of(Look.STACKED),
            RULES.toArray(String[]::new)));
    charts.add(
        new ChartSpec(
            "breaches_by_department",
            new Label("违规批准（按部门、规则，全部年度）", "Approvals that broke a rule by department, every year"),
            "SELECT coalesce(n.dept_label, f.dept_code) AS department, "
                + ruleSums
                + " FROM access_funnel f LEFT JOIN "
                + DEPARTMENT_NAMES
                + " n ON n.dept_code = f.dept_code WHERE f.dept_code <> 'ALL'"
                + " GROUP BY ALL HAVING sum(f."
                + String.join(" + f.", RULES)
                + ") > 0 ORDER BY sum(f."
                + String.join(" + f.", RULES)
                + ") DESC, min(f.dept_code)",
            "department",
            ChartSpec.Columns.of(funnel, RULES.toArray(String[]::new)),
            Set.of(Look.STACKED, Look.HORIZONTAL)));
    charts.add(
        ChartSpec.ofColumns(
            "matter_days_against_decision_days",
            new Label(
                "事项办结天数与单件审批天数（全区，中位数）",
                "Days to settle a matter against days to decide one application, district, medians"),
            funnel,
            "year",
            "WHERE dept_code = 'ALL' ORDER BY year",
            Set.of(),
            "median_decision_days",
            "median_matter_days"));
    charts.add(
        new ChartSpec(
            "coverage_by_department",
            Label.of(coverage, "coverage_rate").with("（按部门、年度）", " by department and year"),
            "SELECT coalesce(n.dept_label, c.dept_code) AS department, c.year, c.coverage_rate"
                + " FROM agreement_coverage c LEFT JOIN "
                + DEPARTMENT_NAMES
                + " n ON n.dept_code = c.dept_code WHERE c.dept_code <> 'ALL'"
                + " ORDER BY c.dept_code, c.year",
            "department",
            new ChartSpec.Pivot("year", "coverage_rate"),
            Set.of(Look.PERCENT, Look.HORIZONTAL)));
    charts.add(
        new ChartSpec(
            "coverage_by_street",
            Label.of(coverage, "coverage_rate").with("（按街道、年度）", " by street and year"),
            "SELECT coalesce(n.area_name, s.street_code) AS street, s.year,"
                + " sum(s.tasks_covered) / sum(s.tasks_entrusted) AS coverage_rate"
                + " FROM agreement_coverage_by_street s LEFT JOIN "
                + CompletenessPage.AREA_NAMES
                + " n ON n.org_code = s.street_code GROUP BY ALL ORDER BY min(s.street_code), s.year",
            "street",
            new ChartSpec.Pivot("year", "coverage_rate"),
            Set.of(Look.PERCENT)));
    return charts;
  }

  private List<ReportTable> tables(ServedRows served) throws SQLException {
    List<ReportTable> tables = new ArrayList<>();
    tables.add(
        ReportTable.of(
            "approvals_breaking_rules",
            new Label("违规批准清单", "Approvals that broke a rule, application by application"),
            List.of(
                Label.of(breaches, "year"),
                Label.of(breaches, "dept_name"),
                Label.of(breaches, "application_id"),
                Label.of(breaches, "title"),
                Label.of(breaches, "rule"),
                Label.of(breaches, "status"),
                Label.of(breaches, "submitted_on"),
                Label.of(breaches, "decided_on"),
                Label.of(breaches, "opined_on")),
            served.query(
                "SELECT year, coalesce(dept_name, dept_code) AS department, application_id, title, "
                    + ruleLabel
                    + " AS rule_label, status, submitted_on, decided_on, opined_on"
                    + " FROM approvals_breaking_rules ORDER BY year DESC, dept_code,"
                    + " application_id, rule")));
    List<Label> countsHeader =
        new ArrayList<>(List.of(Label.of(funnel, "year"), new Label("部门", "Department")));
    RULES.forEach(rule -> countsHeader.add(Label.of(funnel, rule)));
    tables.add(
        ReportTable.of(
            "breaches_by_department_and_year",
            new Label("违规批准（按部门、年度）", "Approvals that broke a rule by department and year"),
            countsHeader,
            served.query(
                "SELECT f.year, coalesce(n.dept_label, f.dept_code) AS department, "
                    + String.join(", ", RULES)
                    + " FROM access_funnel f LEFT JOIN "
                    + DEPARTMENT_NAMES
                    + " n ON n.dept_code = f.dept_code WHERE f.dept_code <> 'ALL' AND "
                    + String.join(" + ", RULES)
                    + " > 0 ORDER BY f.year DESC, f.dept_code")));
    tables.add(
        ReportTable.of(
            "matters_by_department_and_year",
            new Label(
                "事项办结与审批时长（按部门、年度）", "Matters settled and decision times by department and year"),
            List.of(
                Label.of(funnel, "year"),
                new Label("部门", "Department"),
                Label.of(funnel, "submitted"),
                Label.of(funnel, "resubmissions"),
                Label.of(funnel, "settled_matters"),
                Label.of(funnel, "median_decision_days"),
                Label.of(funnel, "median_matter_days")),
            served.query(
                "SELECT f.year, CASE f.dept_code WHEN 'ALL' THEN '全部部门 / All departments'"
                    + " ELSE coalesce(n.dept_label, f.dept_code) END AS department, f.submitted,"
                    + " f.resubmissions, f.settled_matters, f.median_decision_days,"
                    + " f.median_matter_days FROM access_funnel f LEFT JOIN "
                    + DEPARTMENT_NAMES
                    + " n ON n.dept_code = f.dept_code WHERE f.submitted > 0"
                    + " ORDER BY f.year DESC, f.dept_code <> 'ALL', f.dept_code")));
    tables.add(
        ReportTable.of(
            "agreement_coverage",
            new Label("协议覆盖（按部门、年度）", "Agreement coverage by department and year"),
            List.of(
                Label.of(coverage, "year"),
                new Label("部门", "Department"),
                Label.of(coverage, "tasks_entrusted"),
                Label.of(coverage, "tasks_with_entrustment"),
                Label.of(coverage, "tasks_with_undertaking"),
                Label.of(coverage, "tasks_covered"),
                Label.of(coverage, "coverage_rate").with("(%)", " (%)")),
            served.query(
                "SELECT c.year, CASE c.dept_code WHEN 'ALL' THEN '全部部门 / All departments'"
                    + " ELSE coalesce(n.dept_label, c.dept_code) END AS department,"
                    + " c.tasks_entrusted, c.tasks_with_entrustment, c.tasks_with_undertaking,"
                    + " c.tasks_covered, round(100 * c.coverage_rate, 1) AS coverage_pct"
                    + " FROM agreement_coverage c LEFT JOIN "
                    + DEPARTMENT_NAMES
                    + " n ON n.dept_code = c.dept_code"
                    + " ORDER BY c.year DESC, c.dept_code <> 'ALL', c.dept_code")));
    tables.add(
        ReportTable.of(
            "agreement_coverage_by_street",
            new Label("协议覆盖（按街道、年度）", "Agreement coverage by street and year"),
            List.of(
                Label.of(byStreet, "year"),
                Label.of(byStreet, "street_name"),
                Label.of(byStreet, "tasks_entrusted"),
                Label.of(byStreet, "tasks_with_entrustment"),
                Label.of(byStreet, "tasks_with_undertaking"),
                Label.of(byStreet, "tasks_covered"),
                Label.of(coverage, "coverage_rate").with("(%)", " (%)")),
            served.query(
                "SELECT year, coalesce(street_name, street_code) AS street,"
                    + " sum(tasks_entrusted) AS tasks_entrusted,"
                    + " sum(tasks_with_entrustment) AS tasks_with_entrustment,"
                    + " sum(tasks_with_undertaking) AS tasks_with_undertaking,"
                    + " sum(tasks_covered) AS tasks_covered,"
                    + " round(100 * sum(tasks_covered) / sum(tasks_entrusted), 1) AS coverage_pct"
                    + " FROM agreement_coverage_by_street GROUP BY year, street_code, street_name"
                    + " ORDER BY year DESC, street_code")));
    tables.add(
        ReportTable.of(
            "undertaking_agreements_missing",
            new Label("承接协议缺失社区", "Communities whose undertaking agreement is missing"),
            List.of(
                Label.of(missing, "year"),
                Label.of(missing, "street_name"),
                Label.of(missing, "community_name"),
                Label.of(missing, "org_code"),
                Label.of(missing, "tasks_entrusted"),
                Label.of(missing, "status"),
                Label.of(missing, "signed_on")),
            served.query(
                "SELECT year, coalesce(street_name, street_code) AS street,"
                    + " coalesce(community_name, org_code) AS community, org_code, tasks_entrusted,"
                    + " CASE status WHEN 'NONE' THEN '未签订 / none' WHEN 'UNSIGNED'"
                    + " THEN '未签字 / not signed' ELSE '逾期签订 / signed late' END AS status,"
                    + " signed_on FROM undertaking_agreements_missing"
                    + " ORDER BY year DESC, street_code, org_code")));
    return tables;
  }
}
