package jianfu.pipelines.marts;

import java.util.List;

/**
 * One published indicator (docs/indicators.md): its code, the unit a reader sees and the decimals
 * it is published with (GB/T 8170: computed unrounded, rounded once at publication).
 */
record PublicIndicator(String code, String unit, int decimals) {

  private static final String PER_COMMUNITY = "_per_community";
  private static final String REDUCTION_PCT = "_reduction_pct";

  /** The four burden measures with their units: 项 items, 次 activities, 块 boards, 本 books. */
  private static final List<PublicIndicator> BURDEN_MEASURES =
      List.of(
          new PublicIndicator("work_items", "项", 0),
          new PublicIndicator("activities", "次", 0),
          new PublicIndicator("signboards", "块", 0),
          new PublicIndicator("ledger_volumes", "本", 0));

  /** Published for the district only (access_funnel, dept_code ALL). */
  static final PublicIndicator APPLICATIONS_SUBMITTED =
      new PublicIndicator("applications_submitted", "件", 0);

  static final PublicIndicator APPLICATIONS_APPROVED =
      new PublicIndicator("applications_approved", "件", 0);

  /** v2: 100 × burden_summary.reporting_rate, for the district and each street. */
  static final PublicIndicator REPORTING_RATE_PCT =
      new PublicIndicator("reporting_rate_pct", "%", 1);

  static List<PublicIndicator> burdenMeasures() {
    return BURDEN_MEASURES;
  }

  /** M per community, to one decimal. */
  PublicIndicator perCommunity() {
    return new PublicIndicator(code + PER_COMMUNITY, unit + "/社区", 1);
  }

  /** M's reduction against the baseline year in percent, to one decimal. */
  PublicIndicator reductionPct() {
    return new PublicIndicator(code + REDUCTION_PCT, "%", 1);
  }
}
