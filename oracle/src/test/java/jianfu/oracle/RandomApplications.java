package jianfu.oracle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Random applications of every status and their scope. Decisions and revocations fall on year
 * boundaries half of the time (decided on 12-31, revoked on 01-01 or 12-31, submitted in December
 * and decided after year-end); ALL applications sometimes carry application_scope rows too.
 */
final class RandomApplications {

  private static final int APPLICATIONS = 90;
  private static final int FIRST_DECISION_YEAR = RandomDistrict.FIRST_YEAR - 1;
  private static final List<String> STATUSES =
      List.of(
          "APPROVED",
          "APPROVED",
          "APPROVED",
          "APPROVED",
          "APPROVED",
          "APPROVED",
          "REVOKED",
          "REVOKED",
          "REVOKED",
          "REJECTED",
          "REJECTED",
          "REJECTED",
          "RETURNED",
          "RETURNED",
          "WITHDRAWN",
          "WITHDRAWN",
          "PENDING",
          "PENDING");
  private static final Set<String> UNDECIDED = Set.of("PENDING", "WITHDRAWN");
  private static final Set<String> GIVING_REASON = Set.of("REJECTED", "RETURNED", "REVOKED");
  private static final List<String> REASONS =
      List.of(
          "NO_LEGAL_BASIS",
          "SUPPORT_NOT_SPECIFIC",
          "COMMUNITY_DISAGREED",
          "DUPLICATE",
          "SUPPORT_NOT_DELIVERED",
          "OTHER");
  private static final int MOST_LISTED = 6;

  private final RandomDistrict district;
  private final List<String> returned = new ArrayList<>();

  RandomApplications(RandomDistrict district) {
    this.district = district;
  }

  List<GeneratedApplication> generate() {
    List<GeneratedApplication> applications = new ArrayList<>();
    for (int number = 1; number <= APPLICATIONS; number++) {
      applications.add(next("A%03d".formatted(number)));
    }
    return applications;
  }

  private GeneratedApplication next(String id) {
    String status = district.pick(STATUSES);
    boolean decided = !UNDECIDED.contains(status) || district.chance(0.3);
    LocalDate decidedOn =
        decided
            ? district.dayIn(district.between(FIRST_DECISION_YEAR, RandomDistrict.LAST_YEAR))
            : null;
    LocalDate submittedOn =
        decided
            ? decidedOn.minusDays(district.between(0, 60))
            : district.dayIn(district.between(FIRST_DECISION_YEAR, RandomDistrict.LAST_YEAR));
    LocalDate revokedOn = status.equals("REVOKED") ? revocationAfter(decidedOn) : null;
    boolean all = district.chance(0.2);
    List<String> scopeRows = district.some(district.communities, 0, all ? 2 : MOST_LISTED);
    scopeRows.forEach(
        community ->
            district.rows.add(
                "application_scope",
                new RawRow().with("application_id", id).with("org_code", community)));
    int personnel = district.between(0, 3);
    BigDecimal funding = district.yuan(50_000);
    district.rows.add(
        "applications",
        new RawRow()
            .with("application_id", id)
            .with("dept_code", district.pick(district.applyingDepartments()))
            .with("title", "准入事项" + id)
            .with(
                "matter_type",
                district.pick(List.of("WORK_ITEM", "LEDGER", "SIGNBOARD", "ACTIVITY")))
            .with("legal_basis", district.chance(0.7) ? "依据" + id : null)
            .with("scope", all ? "ALL" : "LISTED")
            .with("support_personnel", personnel)
            .with("support_funding_yuan", funding)
            .with("support_materials", district.chance(0.5) ? "办公设备" : null)
            .with("submitted_on", submittedOn)
            .with("status", status)
            .with("decided_on", decidedOn)
            .with("reason", reason(status))
            .with(
                "resubmission_of",
                !returned.isEmpty() && district.chance(0.15) ? district.pick(returned) : null)
            .with("revoked_on", revokedOn));
    if (status.equals("RETURNED")) {
      returned.add(id);
    }
    return new GeneratedApplication(
        id,
        status,
        submittedOn,
        decidedOn,
        revokedOn,
        all ? district.communities : scopeRows,
        personnel,
        funding);
  }

  /** Required for some statuses; others carry one now and then, which the funnel must ignore. */
  private String reason(String status) {
    return GIVING_REASON.contains(status) || district.chance(0.05) ? district.pick(REASONS) : null;
  }

  /** The same day as the decision, a year boundary, or any later day up to a year past the data. */
  private LocalDate revocationAfter(LocalDate decidedOn) {
    LocalDate day =
        district.dayIn(district.between(decidedOn.getYear(), RandomDistrict.LAST_YEAR + 1));
    return day.isBefore(decidedOn) ? decidedOn : day;
  }
}
