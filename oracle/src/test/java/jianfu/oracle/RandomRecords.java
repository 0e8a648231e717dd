package jianfu.oracle;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The burden records: work items, ledgers, signboards (installed and removed on year boundaries)
 * and activities involving several communities, some held on the very day their application was
 * decided or revoked. Each names no application, an approved one or any other. Silent
 * community-years have no work item and no ledger; a few records fall in the year before the
 * reporting years (out of period).
 */
final class RandomRecords {

  private static final List<String> ITEM_CODES =
      IntStream.rangeClosed(1, 12).mapToObj("WI%02d"::formatted).toList();
  private static final int ACTIVITIES = 50;
  private static final List<String> HEAVY_DEPARTMENTS = List.of("DEP05", "DEP06");
  private static final List<String> KINDS =
      List.of("CREATION", "COMPLIANCE", "INSPECTION", "EVALUATION", "COMMENDATION");
  private static final int FIRST_SIGNBOARD_YEAR = RandomDistrict.FIRST_YEAR - 2;
  private static final int OUT_OF_PERIOD = RandomDistrict.FIRST_YEAR - 1;

  private final RandomDistrict district;
  private final List<GeneratedApplication> applications;
  private final List<GeneratedApplication> approved;
  private int ledgers;
  private int signboards;

  RandomRecords(RandomDistrict district, List<GeneratedApplication> applications) {
    this.district = district;
    this.applications = applications;
    this.approved = applications.stream().filter(GeneratedApplication::approved).toList();
  }

  void generate() {
    for (String community : district.communities) {
      for (int year : district.reportingYears()) {
        if (!district.silent(community, year)) {
          district.some(ITEM_CODES, 0, 5).forEach(item -> addWorkItem(community, year, item));
          IntStream.range(0, district.between(0, 3)).forEach(i -> addLedger(community, year));
        }
      }
      IntStream.range(0, district.between(0, 4)).forEach(i -> addSignboard(community));
    }
    // Out of period: the year before the first reporting year is in no return, so in no mart.
    for (String community : district.some(district.communities, 2, 3)) {
      addWorkItem(community, OUT_OF_PERIOD, "WI99");
      addLedger(community, OUT_OF_PERIOD);
    }
    IntStream.rangeClosed(1, ACTIVITIES)
        .forEach(number -> addActivity("ACT%03d".formatted(number)));
  }

  private void addWorkItem(String community, int year, String item) {
    district.rows.add(
        "work_items",
        new RawRow()
            .with("org_code", community)
            .with("year", year)
            .with("item_code", item)
            .with("item_name", "事项" + item)
            .with("dept_code", recordingDepartment())
            .with("application_id", applicationId(application())));
  }

  private void addLedger(String community, int year) {
    String id = "L%04d".formatted(++ledgers);
    district.rows.add(
        "ledgers",
        new RawRow()
            .with("ledger_id", id)
            .with("org_code", community)
            .with("year", year)
            .with("dept_code", recordingDepartment())
            .with("title", "台账" + id)
            .with("form", district.chance(0.5) ? "PAPER" : "ELECTRONIC")
            .with("volumes", district.between(0, 12))
            .with("application_id", applicationId(application())));
  }

  private void addSignboard(String community) {
    String id = "B%04d".formatted(++signboards);
    LocalDate installedOn =
        district.dayIn(district.between(FIRST_SIGNBOARD_YEAR, RandomDistrict.LAST_YEAR));
    LocalDate removalDay =
        district.dayIn(district.between(installedOn.getYear(), RandomDistrict.LAST_YEAR + 1));
    district.rows.add(
        "signboards",
        new RawRow()
            .with("signboard_id", id)
            .with("org_code", community)
            .with("dept_code", recordingDepartment())
            .with("title", "标牌" + id)
            .with("kind", district.pick(List.of("PLAQUE", "WALL_RULES", "SIGN")))
            .with("installed_on", installedOn)
            .with("removed_on", district.chance(0.5) ? null : latest(installedOn, removalDay))
            .with("application_id", applicationId(application())));
  }

  private void addActivity(String id) {
    GeneratedApplication application = application();
    RawRow activity =
        new RawRow()
            .with("activity_id", id)
            .with("dept_code", recordingDepartment())
            .with("kind", district.pick(KINDS))
            .with("title", "活动" + id)
            .with("held_on", heldOn(application))
            .with("unified", district.chance(0.6))
            .with("application_id", applicationId(application));
    for (String community : district.some(district.communities, 1, 4)) {
      district.rows.add("activities", activity.but("org_code", community));
    }
  }

  /** Sometimes the day its application was decided or revoked, when that is a reporting year. */
  private LocalDate heldOn(GeneratedApplication application) {
    if (application != null && district.chance(0.4)) {
      LocalDate edge =
          district.chance(0.5) || application.revokedOn() == null
              ? application.decidedOn()
              : application.revokedOn();
      if (edge != null && district.reportingYears().contains(edge.getYear())) {
        return edge;
      }
    }
    return district.dayIn(district.pick(district.reportingYears()));
  }

  /**
   * Any department but DEP08, DEP05 and DEP06 three times as often: they usually reach the cap on
   * deductions for unadmitted records, and with the same ratings (RandomRatings) their final scores
   * tie.
   */
  private String recordingDepartment() {
    return district.chance(0.4)
        ? district.pick(HEAVY_DEPARTMENTS)
        : district.pick(district.activeDepartments());
  }

  /** None a quarter of the time, else mostly an approved application. */
  private GeneratedApplication application() {
    if (district.chance(0.25)) {
      return null;
    }
    return district.chance(0.6) ? district.pick(approved) : district.pick(applications);
  }

  private static LocalDate latest(LocalDate one, LocalDate other) {
    return one.isAfter(other) ? one : other;
  }

  private static String applicationId(GeneratedApplication application) {
    return application == null ? null : application.id();
  }
}
