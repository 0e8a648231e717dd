package jianfu.schemas.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code indicators:} section of conf/jianfu.yml: baseline year, rating weights, deduction
 * rules and grade thresholds (docs/indicators.md).
 *
 * @param baselineYear the year reductions are measured against; null = the earliest reporting year
 * @param departmentWeights weight per department rating dimension (SUPPORT, BURDEN, GUIDANCE)
 * @param communityWeights weight per community rating dimension (TASK_COMPLETION, ...)
 * @param grades the lowest final score of each grade (EXCELLENT 90, GOOD 80, PASS 60); a score
 *     below all of them is FAIL
 */
public record IndicatorSettings(
    Integer baselineYear,
    Map<String, Double> departmentWeights,
    Map<String, Double> communityWeights,
    Deduction deduction,
    Map<String, Double> grades) {

  /** Points taken off a department's composite score. */
  public record Deduction(
      double perUnadmittedRecord,
      double unadmittedCap,
      double fundingFulfilmentBelow,
      double fundingPenalty) {}

  public IndicatorSettings {
    departmentWeights = Map.copyOf(required(departmentWeights, "department_weights"));
    communityWeights = Map.copyOf(required(communityWeights, "community_weights"));
    required(deduction, "deduction");
    grades = Map.copyOf(required(grades, "grades"));
  }

  /** The defaults documented in docs/indicators.md. */
  public static IndicatorSettings defaults() {
    return new IndicatorSettings(
        null,
        Map.of("SUPPORT", 0.4, "BURDEN", 0.3, "GUIDANCE", 0.3),
        Map.of("TASK_COMPLETION", 0.5, "QUALITY", 0.3, "COOPERATION", 0.2),
        new Deduction(1, 20, 0.8, 10),
        Map.of("EXCELLENT", 90.0, "GOOD", 80.0, "PASS", 60.0));
  }

  /** The {@code indicators:} section of {@code conf}, each missing key taking its default. */
  public static IndicatorSettings read(Path conf) {
    return SettingsFile.section(conf, "indicators", defaults(), IndicatorSettings.class);
  }

  /** These settings with another baseline year (null = the earliest reporting year). */
  public IndicatorSettings withBaselineYear(Integer year) {
    return new IndicatorSettings(year, departmentWeights, communityWeights, deduction, grades);
  }

  private static <T> T required(T value, String key) {
    return Objects.requireNonNull(value, () -> "indicators." + key + " must not be empty");
  }
}
