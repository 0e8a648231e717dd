package jianfu.demo;

import java.time.LocalDate;

/**
 * A community social organisation: based at a community ({@code community} set) or at a street
 * ({@code community} null), active from {@code registeredOn} until {@code deregisteredOn} (null:
 * still active); {@code fostered} null where an old record has no flag (read as false).
 */
record SocialOrganisation(
    String id,
    String name,
    Street street,
    Community community,
    OrganisationCategory category,
    LocalDate registeredOn,
    LocalDate deregisteredOn,
    Boolean fostered) {

  /** The org_code it is based at. */
  String baseCode() {
    return community == null ? street.code() : community.code();
  }

  /** Registered by the day and not deregistered by it (docs/indicators.md: active at year-end). */
  boolean activeAt(LocalDate day) {
    return !registeredOn.isAfter(day) && (deregisteredOn == null || deregisteredOn.isAfter(day));
  }
}
