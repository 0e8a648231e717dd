package jianfu.dashboards.report;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jianfu.dashboards.report.ChartSpec.Look;
import jianfu.dashboards.serving.HeadlineYear;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputTable;

/**
 * 社会组织 / Social organisations: the other half of the reform, from {@code
 * social_organisations_summary} alone. The streets against the target per 10,000 residents, the big
 * numbers and the table are for the headline year, as every headline is (the latest year of the
 * mart when no year is FINAL); registrations against the yearly goal, the organisations by
 * category, the projects and the associations' matters and money are the district's, year by year.
 * Without social organisations in the input (the mart empty) the page says so.
 */
final class SocialOrganisationsPage {

  static final String ID = "social";
  static final String MART = "social_organisations_summary";

  private static final Label TITLE = new Label("社会组织", "Social organisations");
  private static final String DISTRICT = "WHERE level = 'DISTRICT'";
  private static final List<String> CATEGORIES =
      List.of(
          "social_orgs_service",
          "social_orgs_charity",
          "social_orgs_purchased_service",
          "social_orgs_self_governance",
          "social_orgs_other");

  private final OutputTable mart;

  SocialOrganisationsPage(Contract contract) {
    mart = contract.mart(MART);
  }

  Page read(ServedRows served, HeadlineYear headlineYear) throws SQLException {
    if (!served.hasTable(MART)
        || served.query("SELECT count(*) AS n FROM " + MART).get(0).get("n").equals(0L)) {
      return Page.onlyNote(
          ID,
          TITLE,
          new Label(
              "本次输入没有社区社会组织（social_organisations），本页无数据。",
              "The input has no social organisations (social_organisations): nothing to show"
                  + " here."));
    }
    Object year =
        headlineYear.hasHeadline()
            ? headlineYear.year()
            : served.query("SELECT max(year) AS year FROM " + MART).get(0).get("year");
    return new Page(
        ID,
        TITLE,
        bigNumbers(served, year),
        ChartSpec.drawAll(charts(year), served),
        List.of(streets(served, year)),
        List.of(
            new Label(
                "社会组织数为年末存续的组织（登记日期不晚于12月31日且未注销）；目标线来自 conf/jianfu.yml。",
                "Organisations are those active at the year-end (registered by 31 December, not"
                    + " deregistered by then); the target and the goal come from"
                    + " conf/jianfu.yml.")));
  }

  private List<Page.BigNumber> bigNumbers(ServedRows served, Object year) throws SQLException {
    Map<String, Object> district =
        served
            .query(
                "SELECT social_orgs_per_10k_residents, target_per_10k, social_orgs,"
                    + " new_registrations, new_registrations_goal, social_orgs_self_governance,"
                    + " association_matters FROM "
                    + MART
                    + " "
                    + DISTRICT
                    + " AND year = "
                    + year)
            .get(0);
    String inYear = " (" + year + ")";
    Object per10k = district.get("social_orgs_per_10k_residents");
    return List.of(
        new Page.BigNumber(
            "social-per-10k",
            Label.of(mart, "social_orgs_per_10k_residents").with("", inYear),
            per10k == null ? "n/a" : String.format("%.1f", (Double) per10k),
            per10k == null ? "" : per10k.toString(),
            Label.of(mart, "target_per_10k") + ": " + district.get("target_per_10k")),
        count("social-orgs", "social_orgs", district, inYear, ""),
        count(
            "social-new",
            "new_registrations",
            district,
            inYear,
            Label.of(mart, "new_registrations_goal")
                + ": "
                + text(district, "new_registrations_goal")),
        count("social-associations", "social_orgs_self_governance", district, inYear, ""),
        count("social-matters", "association_matters", district, inYear, ""));
  }

  private Page.BigNumber count(
      String id, String column, Map<String, Object> row, String inYear, String detail) {
    String value = row.get(column) == null ? "" : row.get(column).toString();
    return new Page.BigNumber(
        id,
        Label.of(mart, column).with("", inYear),
        value.isEmpty() ? "n/a" : value,
        value,
        detail);
  }

  private static String text(Map<String, Object> row, String column) {
    return row.get(column) == null ? "n/a" : row.get(column).toString();
  }

  private List<ChartSpec> charts(Object year) {
    return List.of(
        new ChartSpec(
            "social_per_10k_by_street",
            Label.of(mart, "social_orgs_per_10k_residents")
                .with("（按街道，" + year + "）", " by street (" + year + ")"),
            "SELECT area_code, round(social_orgs_per_10k_residents, 1)"
                + " AS social_orgs_per_10k_residents, target_per_10k FROM "
                + MART
                + " WHERE level = 'STREET' AND year = "
                + year
                + " ORDER BY area_code",
            "area_code",
            ChartSpec.Columns.of(mart, "social_orgs_per_10k_residents", "target_per_10k"),
            Set.of(Look.TARGET_LAST)),
        byYear(
            "social_new_registrations",
            new Label("新登记社区社会组织数与年度目标", "New registrations against the yearly goal"),
            Set.of(Look.TARGET_LAST),
            "new_registrations",
            "new_registrations_goal"),
        byYear(
            "social_by_category",
            new Label("各类别年末存续社区社会组织", "Organisations active at year-end, by category"),
            Set.of(Look.STACKED),
            CATEGORIES.toArray(String[]::new)),
        byYear(
            "social_projects",
            new Label("政府购买服务与公益创投项目", "Purchased-service and venture projects"),
            Set.of(),
            "purchased_service_projects",
            "venture_projects"),
        byYear(
            "social_project_funding",
            Label.of(mart, "project_funding_yuan"),
            Set.of(),
            "project_funding_yuan"),
        byYear("social_beneficiaries", Label.of(mart, "beneficiaries"), Set.of(), "beneficiaries"),
        byYear(
            "social_association_matters",
            Label.of(mart, "association_matters"),
            Set.of(),
            "association_matters"),
        byYear(
            "social_association_funding",
            Label.of(mart, "association_funding_yuan"),
            Set.of(),
            "association_funding_yuan"));
  }

  /** The district's columns year by year. */
  private ChartSpec byYear(String id, Label title, Set<Look> looks, String... columns) {
    return ChartSpec.ofColumns(
        id,
        title.with("（区，按年度）", " (district, by year)"),
        mart,
        "year",
        DISTRICT + " ORDER BY year",
        looks,
        columns);
  }

  private ReportTable streets(ServedRows served, Object year) throws SQLException {
    return ReportTable.of(
        "social_organisations_summary",
        new Label(
            mart.label() + "（" + year + "，区与街道）",
            mart.labelEn() + " (" + year + "), district and streets"),
        mart,
        served.query(
            "SELECT area_code, communities, residents, social_orgs, social_orgs_per_10k_residents,"
                + " meets_target, new_registrations, fostered, purchased_service_projects,"
                + " venture_projects, project_funding_yuan, beneficiaries, association_matters,"
                + " association_funding_yuan FROM "
                + MART
                + " WHERE year = "
                + year
                + " ORDER BY level, area_code"));
  }
}
