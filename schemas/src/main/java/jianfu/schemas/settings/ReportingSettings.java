package jianfu.schemas.settings;

import java.nio.file.Path;

/**
 * The {@code reporting:} section of conf/jianfu.yml (docs/indicators.md, burden_summary.status).
 *
 * @param completenessThreshold an area's year is FINAL when its reporting rate (the share of its
 *     communities' four returns reported) reaches this, else PROVISIONAL
 */
public record ReportingSettings(double completenessThreshold) {

  public ReportingSettings {
    if (!(completenessThreshold >= 0 && completenessThreshold <= 1)) {
      throw new IllegalArgumentException(
          "reporting.completeness_threshold must be between 0 and 1: " + completenessThreshold);
    }
  }

  /** The default documented in docs/indicators.md: 0.9. */
  public static ReportingSettings defaults() {
    return new ReportingSettings(0.9);
  }

  /** The {@code reporting:} section of {@code conf}, each missing key taking its default. */
  public static ReportingSettings read(Path conf) {
    return SettingsFile.section(conf, "reporting", defaults(), ReportingSettings.class);
  }
}
