package jianfu.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The flawed rows of the demo, one per kind of bad input docs/contract.md names (plus an identical
 * duplicate), and one per kind of warning: burden records that load though a reference only
 * attributing them does not resolve, or their year is outside the reporting years. Each is an extra
 * row with a key of its own and nothing refers to it, so quarantining it leaves every loaded
 * figure, and the calibration, as it was; the two warned rows that count do so in 2024, a year the
 * community reported anyway, and the headline compares 2025 with 2022.
 */
final class DeliberateFlaws {

  static final String COLLAPSED = "COLLAPSED";

  /** The year of the flawed burden records: not the baseline, not the headline year. */
  private static final int WARNED_YEAR = 2024;

  /** A year before the first return: a record from it counts nowhere. */
  private static final int OUT_OF_PERIOD_YEAR = 2019;

  private final Tables tables;
  private final List<Flaw> flaws = new ArrayList<>();

  private DeliberateFlaws(Tables tables) {
    this.tables = tables;
  }

  static List<Flaw> build(
      Tables tables, DistrictPlan plan, List<SocialOrganisation> organisations) {
    String community = reportingIn(WARNED_YEAR, plan).code();
    String department = plan.departments().get(0).code();
    String approved =
        plan.book().all().stream()
            .filter(a -> a.status() == Status.APPROVED)
            .findFirst()
            .orElseThrow()
            .id();
    DeliberateFlaws f = new DeliberateFlaws(tables);
    f.applications(department);
    f.add(
        "application_scope",
        "UNKNOWN_REFERENCE",
        "names an application that does not exist",
        f.row("application_scope").set("application_id", "ZR2025-9999").set("org_code", community));
    f.workItems(community, department);
    f.ledgers(community, department);
    // an offender's: quarantined, it would let the department escape its deduction
    String offender =
        plan.departments().stream()
            .filter(d -> d.conduct() == Conduct.OFFENDER)
            .findFirst()
            .orElseThrow()
            .code();
    f.add(
        "ledgers",
        "UNRESOLVED_APPROVAL",
        "a mistyped application number: loads, counted as unadmitted",
        f.ledger("TZ-%s-%d-97".formatted(community, WARNED_YEAR), community, offender)
            .set("volumes", 12)
            .set("application_id", "ZR%d-9017".formatted(WARNED_YEAR)));
    f.signboards(community, department);
    f.activities(community, department);
    f.add(
        "ratings",
        "UNKNOWN_REFERENCE",
        "a community code where a street is required (rater_type STREET)",
        f.row("ratings")
            .set("year", Years.LATEST)
            .set("rater_type", "STREET")
            .set("rater_code", community)
            .set("ratee_type", "DEPARTMENT")
            .set("ratee_code", department)
            .set("dimension", "SUPPORT")
            .set("score", "88.00"));
    f.add(
        "support_deliveries",
        "BAD_TYPE",
        "decimal comma in funding_yuan",
        f.row("support_deliveries")
            .set("application_id", approved)
            .set("org_code", community)
            .set("year", Years.FIRST_SUBMISSION)
            .set("personnel", 1)
            .set("funding_yuan", "1,5")
            .set("materials_delivered", true));
    f.add(
        "task_results",
        "BAD_TYPE",
        "completed is not a boolean",
        f.row("task_results")
            .set("application_id", approved)
            .set("org_code", community)
            .set("year", Years.FIRST_SUBMISSION)
            .set("completed", "部分"));
    f.add(
        "org_units",
        "UNKNOWN_REFERENCE",
        "a community whose parent is a community, not a street",
        f.row("org_units")
            .set("org_code", community.substring(0, 9) + "999")
            .set("org_name", "临时安置点")
            .set("level", "COMMUNITY")
            .set("parent_code", community)
            .set("community_type", CommunityType.URBAN)
            .set("residents", 500));
    f.socialOrganisations(plan.district(), organisations);
    return List.copyOf(f.flaws);
  }

  private void socialOrganisations(District district, List<SocialOrganisation> organisations) {
    add(
        "social_organisations",
        "UNKNOWN_REFERENCE",
        "a district-wide federation: based at the district, not at a community or a street",
        row("social_organisations")
            .set("org_id", "52%sMJ9999999X".formatted(district.code().substring(0, 6)))
            .set("name", "区社会组织联合会")
            .set("org_code", district.code())
            .set("category", OrganisationCategory.OTHER)
            .set("registered_on", "2023-03-01"));
    SocialOrganisation charity =
        organisations.stream()
            .filter(o -> o.category() == OrganisationCategory.CHARITY)
            .findFirst()
            .orElseThrow();
    add(
        "association_contributions",
        "INCONSISTENT",
        "a charity's matters: only self-governance associations contribute",
        row("association_contributions")
            .set("org_id", charity.id())
            .set("year", WARNED_YEAR)
            .set("matters", 3)
            .set("funding_yuan", "2000.00"));
  }

  private void applications(String department) {
    add(
        "applications",
        "BAD_ENUM",
        "unknown matter_type",
        application("ZR2025-9001", department, "MEETING", "PENDING")
            .set("title", "关于在社区召开迎检会议的准入申请"));
    add(
        "applications",
        "INCONSISTENT",
        "decided_on before submitted_on",
        application("ZR2025-9002", department, "WORK_ITEM", "APPROVED")
            .set("decided_on", "2025-03-01"));
    add(
        "applications",
        "INCONSISTENT",
        "REJECTED without a reason",
        application("ZR2025-9003", department, "LEDGER", "REJECTED")
            .set("decided_on", "2025-04-01"));
  }

  private Row application(String id, String department, String matterType, String status) {
    return row("applications")
        .set("application_id", id)
        .set("dept_code", department)
        .set("title", "关于在社区开展迎检材料报送的准入申请")
        .set("matter_type", matterType)
        .set("scope", "ALL")
        .set("support_personnel", 0)
        .set("support_funding_yuan", "0.00")
        .set("submitted_on", "2025-03-10")
        .set("status", status);
  }

  /** The first community whose work items and ledgers of the year came in. */
  private static Community reportingIn(int year, DistrictPlan plan) {
    return plan.district().communities().stream()
        .filter(c -> plan.returns().recordsArrive(ReportedReduction.WORK_ITEMS, c, year))
        .filter(c -> plan.returns().recordsArrive(ReportedReduction.LEDGER_VOLUMES, c, year))
        .findFirst()
        .orElseThrow();
  }

  private void workItems(String community, String department) {
    add(
        "work_items",
        "UNRESOLVED_DEPARTMENT",
        "assigned by a department that does not exist: loads, counted, attributed to no department",
        row("work_items")
            .set("org_code", community)
            .set("year", WARNED_YEAR)
            .set("item_code", "SX999")
            .set("item_name", "迎检材料报送")
            .set("dept_code", "D99"));
    add(
        "work_items",
        "OUT_OF_PERIOD",
        "a year no return covers: loads, counted nowhere (neither the baseline nor the latest year)",
        row("work_items")
            .set("org_code", community)
            .set("year", OUT_OF_PERIOD_YEAR)
            .set("item_code", "SX998")
            .set("item_name", "旧版台账整理")
            .set("dept_code", department));
    flaws.add(
        new Flaw(
            "work_items",
            COLLAPSED,
            "identical duplicate of the first work item line",
            tables.get("work_items").firstRow()));
  }

  private void ledgers(String community, String department) {
    add(
        "ledgers",
        "OUT_OF_RANGE",
        "negative volumes",
        ledger("TZ-%s-2024-99".formatted(community), community, department).set("volumes", -3));
    for (int volumes : new int[] {4, 6}) {
      add(
          "ledgers",
          "DUPLICATE_KEY",
          "two different rows with one ledger_id: both are refused",
          ledger("TZ-%s-2024-98".formatted(community), community, department)
              .set("volumes", volumes));
    }
  }

  private Row ledger(String id, String community, String department) {
    return row("ledgers")
        .set("ledger_id", id)
        .set("org_code", community)
        .set("year", 2024)
        .set("dept_code", department)
        .set("title", "迎检台账")
        .set("form", "PAPER");
  }

  private void signboards(String community, String department) {
    add(
        "signboards",
        "BAD_TYPE",
        "a date that does not exist",
        signboard("BP-%s-991".formatted(community), community, department)
            .set("installed_on", "2023-02-30"));
    add(
        "signboards",
        "INCONSISTENT",
        "removed_on before installed_on",
        signboard("BP-%s-992".formatted(community), community, department)
            .set("installed_on", "2023-06-01")
            .set("removed_on", "2023-01-05"));
    List<String> cells =
        signboard("BP-%s-993".formatted(community), community, department)
            .set("installed_on", "2023-06-01")
            .cells();
    flaws.add(
        new Flaw("signboards", "BAD_ROW", "one column short", cells.subList(0, cells.size() - 1)));
  }

  private Row signboard(String id, String community, String department) {
    return row("signboards")
        .set("signboard_id", id)
        .set("org_code", community)
        .set("dept_code", department)
        .set("title", "迎检宣传牌")
        .set("kind", "SIGN");
  }

  private void activities(String community, String department) {
    add(
        "activities",
        "BAD_ENUM",
        "unknown kind",
        activity("HD2024-9901", community, department)
            .set("kind", "PARADE")
            .set("title", "2024年迎检巡游"));
    add(
        "activities",
        "MISSING_FIELD",
        "no title",
        activity("HD2024-9902", community, department).set("kind", "INSPECTION"));
  }

  private Row activity(String id, String community, String department) {
    return row("activities")
        .set("activity_id", id)
        .set("org_code", community)
        .set("dept_code", department)
        .set("held_on", "2024-05-20")
        .set("unified", false);
  }

  private Row row(String table) {
    return tables.get(table).row();
  }

  private void add(String table, String expected, String why, Row row) {
    flaws.add(new Flaw(table, expected, why, row.cells()));
  }
}
