package jianfu.demo;

/**
 * A rule of the access system an approval can break, as the leading group's compliance view (the
 * compliance columns of access_funnel) counts them.
 */
enum ComplianceBreach {
  /** Approved without asking any community (no consultations row). */
  NO_CONSULTATION,
  /** Approved although a community said no (达不成一致的不能进社区). */
  DESPITE_DISAGREEMENT,
  /** Approved with no policy or law behind it (empty legal_basis). */
  WITHOUT_LEGAL_BASIS,
  /** The communities were asked only after the decision (opined_on after decided_on). */
  CONSULTED_AFTER_DECISION
}
