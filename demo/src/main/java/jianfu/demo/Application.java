package jianfu.demo;

import java.time.LocalDate;

/** An access application (准入申报) for one matter, as it stands at the end of the demo. */
record Application(
    String id,
    Matter matter,
    Status status,
    LocalDate submittedOn,
    LocalDate decidedOn,
    Reason reason,
    String resubmissionOf,
    LocalDate revokedOn,
    Scope scope,
    Support support,
    String legalBasis) {

  /** In force during the year (docs/indicators.md, Terms). */
  boolean inForceDuring(int year) {
    return status.approved()
        && !decidedOn.isAfter(Years.yearEnd(year))
        && (revokedOn == null || revokedOn.getYear() >= year);
  }

  Application numbered(String newId, String newResubmissionOf) {
    return new Application(
        newId,
        matter,
        status,
        submittedOn,
        decidedOn,
        reason,
        newResubmissionOf,
        revokedOn,
        scope,
        support,
        legalBasis);
  }
}
