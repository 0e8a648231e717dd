package jianfu.pipelines.config;

import java.nio.file.Path;
import jianfu.schemas.settings.IndicatorSettings;
import jianfu.schemas.settings.PublicationSettings;
import jianfu.schemas.settings.ReportingSettings;
import jianfu.schemas.settings.SocialOrganisationSettings;
import jianfu.schemas.settings.ValidationSettings;
import picocli.CommandLine.Option;

/**
 * The command-line options that choose a run's settings, shared by the Spark pipeline and the
 * DuckDB oracle (a picocli mixin): the configuration file and a baseline year that overrides it.
 */
public final class SettingsOptions {

  @Option(
      names = "--conf",
      defaultValue = "conf/jianfu.yml",
      description = "The configuration file (default: ${DEFAULT-VALUE}).")
  private Path conf;

  @Option(
      names = "--baseline-year",
      description = "Measure reductions against this year instead of the configured one.")
  private Integer baselineYear;

  public Path conf() {
    return conf;
  }

  /** The indicators section of the configuration, with --baseline-year applied. */
  public IndicatorSettings indicators() {
    IndicatorSettings settings = IndicatorSettings.read(conf);
    return baselineYear == null ? settings : settings.withBaselineYear(baselineYear);
  }

  public PublicationSettings publication() {
    return PublicationSettings.read(conf);
  }

  public ReportingSettings reporting() {
    return ReportingSettings.read(conf);
  }

  public ValidationSettings validation() {
    return ValidationSettings.read(conf);
  }

  public SocialOrganisationSettings socialOrganisations() {
    return SocialOrganisationSettings.read(conf);
  }
}
