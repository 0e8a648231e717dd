package jianfu.oracle;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Resubmissions no walk may trust: an application returned and re-submitted by itself, two that
 * re-submit each other (and a third re-submitting one of them), and a returned application
 * re-submitted twice on the same day (the smaller application_id is followed). The random
 * applications already fork now and then, on different days.
 */
final class RandomResubmissionLoops {

  private final RandomDistrict district;

  RandomResubmissionLoops(RandomDistrict district) {
    this.district = district;
  }

  void generate() {
    LocalDate day = district.dayIn(RandomDistrict.LAST_YEAR);
    add("R01", "RETURNED", day, "R01");
    add("R02", "RETURNED", day, "R03");
    add("R03", "RETURNED", day.plusDays(1), "R02");
    add("R04", "REJECTED", day.plusDays(2), "R03");
    add("R05", "RETURNED", day, null);
    add("R07", "REJECTED", day.plusDays(3), "R05");
    add("R06", "APPROVED", day.plusDays(3), "R05");
  }

  /** Decided five days after submission; scope LISTED without scope rows, so no task. */
  private void add(String id, String status, LocalDate submittedOn, String resubmissionOf) {
    district.rows.add(
        "applications",
        new RawRow()
            .with("application_id", id)
            .with("dept_code", district.pick(district.applyingDepartments()))
            .with("title", "准入事项" + id)
            .with("matter_type", "WORK_ITEM")
            .with("scope", "LISTED")
            .with("support_personnel", 0)
            .with("support_funding_yuan", BigDecimal.ZERO)
            .with("submitted_on", submittedOn)
            .with("status", status)
            .with("decided_on", submittedOn.plusDays(5))
            .with("reason", status.equals("APPROVED") ? null : "OTHER")
            .with("resubmission_of", resubmissionOf));
  }
}
