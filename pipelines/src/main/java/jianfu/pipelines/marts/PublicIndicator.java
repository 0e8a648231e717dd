package jianfu.pipelines.marts;

import java.util.List;
import jianfu.schemas.Contract;
import jianfu.schemas.Measure;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;

/**
 * One published indicator (docs/indicators.md): its code, the unit a reader sees and the decimals
 * it is published with (GB/T 8170: computed unrounded, rounded once at publication). A burden
 * figure's unit and decimals are those its burden_summary column declares.
 */
record PublicIndicator(String code, String unit, int decimals) {

  private static final Contract CONTRACT = Contract.load();
  private static final OutputTable BURDEN_SUMMARY = CONTRACT.mart(BurdenSummary.NAME);

  /** Published for the district only (access_funnel, dept_code ALL). */
  static final PublicIndicator APPLICATIONS_SUBMITTED =
      new PublicIndicator("applications_submitted", "件", 0);

  static final PublicIndicator APPLICATIONS_APPROVED =
      new PublicIndicator("applications_approved", "件", 0);

  /** v2: 100 × burden_summary.reporting_rate, for the district and each street. */
  static final PublicIndicator REPORTING_RATE_PCT =
      new PublicIndicator("reporting_rate_pct", "%", 1);

  /** The burden measures, in the contract's order. */
  static List<Measure> burdenMeasures() {
    return CONTRACT.measures();
  }

  /** The burden_summary figure {@code column}, published as the mart declares it. */
  static PublicIndicator burden(String column) {
    OutputColumn declared =
        BURDEN_SUMMARY.columns().stream()
            .filter(candidate -> candidate.name().equals(column))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("burden_summary has no " + column));
    return new PublicIndicator(declared.name(), declared.unit(), declared.decimals());
  }
}
