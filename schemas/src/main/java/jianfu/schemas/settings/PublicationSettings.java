package jianfu.schemas.settings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The {@code publication:} section of conf/jianfu.yml (docs/indicators.md).
 *
 * @param suppressionThreshold an area with fewer communities than this is published SUPPRESSED
 * @param asOf the extraction date the published figures state; null = the date of the run (UTC)
 */
public record PublicationSettings(int suppressionThreshold, LocalDate asOf) {

  public PublicationSettings {
    if (suppressionThreshold < 0) {
      throw new IllegalArgumentException(
          "publication.suppression_threshold must not be negative: " + suppressionThreshold);
    }
  }

  /** The defaults documented in docs/indicators.md: threshold 3, as of the run's date. */
  public static PublicationSettings defaults() {
    return new PublicationSettings(3, null);
  }

  /** The {@code publication:} section of {@code conf}, each missing key taking its default. */
  public static PublicationSettings read(Path conf) {
    return SettingsFile.section(conf, "publication", defaults(), PublicationSettings.class);
  }

  /** These settings with the as-of date fixed: the configured one, else today in UTC. */
  public PublicationSettings resolved() {
    return asOf != null
        ? this
        : new PublicationSettings(suppressionThreshold, LocalDate.now(ZoneOffset.UTC));
  }
}
