package jianfu.pipelines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of the source tables for {@link RawFixture}: the cells a test usually cares about are
 * parameters, the other required ones get plain values, and {@code more} adds or overrides cells
 * (column name, value, column name, value, ...).
 */
public final class SourceRows {

  private SourceRows() {}

  /** A row: column name, value, column name, value, ... */
  public static Map<String, Object> row(Object... namesAndValues) {
    Map<String, Object> cells = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      cells.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return cells;
  }

  /**
   * District D1 with its streets and their communities, one street per argument: "S1: C1 C2" is
   * street S1 with communities C1 and C2.
   */
  public static List<Map<String, Object>> orgUnits(String... streets) {
    List<Map<String, Object>> orgUnits = new ArrayList<>(List.of(district("D1")));
    for (String street : streets) {
      String[] codes = street.split(":?\\s+");
      orgUnits.add(street(codes[0], "D1"));
      for (int i = 1; i < codes.length; i++) {
        orgUnits.add(community(codes[i], codes[0]));
      }
    }
    return orgUnits;
  }

  public static Map<String, Object> district(String code) {
    return row("org_code", code, "org_name", code, "level", "DISTRICT");
  }

  public static Map<String, Object> street(String code, String district) {
    return row("org_code", code, "org_name", code, "level", "STREET", "parent_code", district);
  }

  public static Map<String, Object> community(String code, String street) {
    return merge(
        row("org_code", code, "org_name", code, "level", "COMMUNITY", "parent_code", street),
        row("community_type", "URBAN", "residents", 1000));
  }

  public static Map<String, Object> department(String code) {
    return row("dept_code", code, "dept_name", code, "category", "GOVERNMENT");
  }

  /** An application of scope ALL, submitted on 2021-01-01, promising nothing. */
  public static Map<String, Object> application(
      String id, String deptCode, String status, String decidedOn, Object... more) {
    return merge(
        row("application_id", id, "dept_code", deptCode, "title", id),
        row("status", status, "decided_on", decidedOn, "submitted_on", "2021-01-01"),
        row("matter_type", "WORK_ITEM", "scope", "ALL"),
        row("support_personnel", 0, "support_funding_yuan", 0),
        row(more));
  }

  /** A work item assigned by P1. */
  public static Map<String, Object> workItem(
      String orgCode, int year, String itemCode, Object... more) {
    return merge(
        row("org_code", orgCode, "year", year, "item_code", itemCode),
        row("item_name", itemCode, "dept_code", "P1"),
        row(more));
  }

  /** A paper ledger required by P1. */
  public static Map<String, Object> ledger(
      String id, String orgCode, int year, int volumes, Object... more) {
    return merge(
        row("ledger_id", id, "org_code", orgCode, "year", year, "volumes", volumes),
        row("title", id, "form", "PAPER", "dept_code", "P1"),
        row(more));
  }

  /** A community's part in a unified inspection organised by P1. */
  public static Map<String, Object> activity(
      String id, String orgCode, String heldOn, Object... more) {
    return merge(
        row("activity_id", id, "org_code", orgCode, "held_on", heldOn),
        row("title", id, "kind", "INSPECTION", "unified", true, "dept_code", "P1"),
        row(more));
  }

  /** A plaque P1 asked for. */
  public static Map<String, Object> signboard(
      String id, String orgCode, String installedOn, Object... more) {
    return merge(
        row("signboard_id", id, "org_code", orgCode, "installed_on", installedOn),
        row("title", id, "kind", "PLAQUE", "dept_code", "P1"),
        row(more));
  }

  public static Map<String, Object> delivery(
      String applicationId,
      String orgCode,
      int year,
      int personnel,
      String yuan,
      boolean materials) {
    return merge(
        row("application_id", applicationId, "org_code", orgCode, "year", year),
        row("personnel", personnel, "funding_yuan", yuan, "materials_delivered", materials));
  }

  public static Map<String, Object> taskResult(
      String applicationId, String orgCode, int year, boolean completed) {
    return row(
        "application_id", applicationId, "org_code", orgCode, "year", year, "completed", completed);
  }

  /** A rating by {@code raterType:raterCode}, e.g. "STREET:S1". */
  public static Map<String, Object> rating(
      int year, String rater, String rateeType, String ratee, String dimension, String score) {
    String[] raterTypeAndCode = rater.split(":");
    return merge(
        row("year", year, "rater_type", raterTypeAndCode[0], "rater_code", raterTypeAndCode[1]),
        row("ratee_type", rateeType, "ratee_code", ratee),
        row("dimension", dimension, "score", score));
  }

  /** A social organisation named after its id (never to be published), not fostered. */
  public static Map<String, Object> socialOrganisation(
      String id, String orgCode, String category, String registeredOn, Object... more) {
    return merge(
        row("org_id", id, "name", "组织" + id, "org_code", orgCode, "category", category),
        row("registered_on", registeredOn),
        row(more));
  }

  /** A project of the district's general budget (no buying department). */
  public static Map<String, Object> serviceProject(
      String id,
      String provider,
      String kind,
      String servedOrgCode,
      int year,
      String yuan,
      int beneficiaries) {
    return merge(
        row("project_id", id, "org_id", provider, "kind", kind, "org_code", servedOrgCode),
        row("year", year, "funding_yuan", yuan, "beneficiaries", beneficiaries));
  }

  public static Map<String, Object> contribution(
      String association, int year, int matters, String yuan) {
    return row("org_id", association, "year", year, "matters", matters, "funding_yuan", yuan);
  }

  /** A return due on 01-31 of the next year; receivedOn null = never received. */
  public static Map<String, Object> returned(
      String orgCode, int year, String dataset, String receivedOn, Object... more) {
    return merge(
        row("org_code", orgCode, "year", year, "dataset", dataset),
        row("due_on", (year + 1) + "-01-31", "received_on", receivedOn),
        row(more));
  }

  /** All four returns of every community in every year, received on time. */
  public static List<Map<String, Object>> everyReturnReceived(
      List<String> communities, int... years) {
    List<Map<String, Object>> returns = new ArrayList<>();
    for (String community : communities) {
      for (int year : years) {
        for (String dataset : List.of("WORK_ITEMS", "LEDGERS", "SIGNBOARDS", "ACTIVITIES")) {
          returns.add(returned(community, year, dataset, (year + 1) + "-01-15"));
        }
      }
    }
    return returns;
  }

  @SafeVarargs
  private static Map<String, Object> merge(Map<String, Object>... parts) {
    Map<String, Object> cells = new LinkedHashMap<>();
    for (Map<String, Object> part : parts) {
      cells.putAll(part);
    }
    return cells;
  }
}
