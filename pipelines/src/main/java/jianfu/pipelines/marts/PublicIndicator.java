package jianfu.pipelines.marts;

import java.util.List;
import jianfu.schemas.Contract;
import jianfu.schemas.Measure;
import jianfu.schemas.OutputColumn;

/**
 * One published indicator (docs/indicators.md): its code, the unit a reader sees and the decimals
 * it is published with (GB/T 8170: computed unrounded, rounded once at publication). A burden or
 * social-organisation figure's unit and decimals are those its mart column declares.
 */
record PublicIndicator(String code, String unit, int decimals) {

  private static final Contract CONTRACT = Contract.load();

  /** Published for the district only (access_funnel, dept_code ALL). */
  static final PublicIndicator APPLICATIONS_SUBMITTED =
      new PublicIndicator("applications_submitted", "件", 0);

  static final PublicIndicator APPLICATIONS_APPROVED =
      new PublicIndicator("applications_approved", "件", 0);

  /** v2: 100 × burden_summary.reporting_rate, for the district and each street. */
  static final PublicIndicator REPORTING_RATE_PCT =
      new PublicIndicator("reporting_rate_pct", "%", 1);

  /** v2, when the input has social organisations: social_organisations_summary's figures. */
  static final PublicIndicator SOCIAL_ORGS =
      declared(SocialOrganisationsSummary.NAME, "social_orgs", "social_orgs");

  static final PublicIndicator SOCIAL_ORGS_PER_10K_RESIDENTS =
      declared(
          SocialOrganisationsSummary.NAME,
          "social_orgs_per_10k_residents",
          "social_orgs_per_10k_residents");

  static final PublicIndicator NEW_SOCIAL_ORGS =
      declared(SocialOrganisationsSummary.NAME, "new_registrations", "new_social_orgs");

  /** The burden measures, in the contract's order. */
  static List<Measure> burdenMeasures() {
    return CONTRACT.measures();
  }

  /** The burden_summary figure {@code column}, published as the mart declares it. */
  static PublicIndicator burden(String column) {
    return declared(BurdenSummary.NAME, column, column);
  }

  /** {@code mart}'s figure {@code column} published as {@code code}, as the mart declares it. */
  private static PublicIndicator declared(String mart, String column, String code) {
    OutputColumn declared = CONTRACT.mart(mart).column(column);
    return new PublicIndicator(code, declared.unit(), declared.decimals());
  }
}
