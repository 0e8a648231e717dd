package jianfu.schemas.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;

/**
 * The {@code social_organisations:} section of conf/jianfu.yml (docs/indicators.md,
 * social_organisations_summary).
 *
 * @param targetPer10kResidents the active social organisations per 10,000 residents an area should
 *     have (社区社会组织倍增计划: 每万人拥有量10个以上); meets_target compares against it
 * @param newRegistrationsGoal the organisations the district means to register a year (the plan's
 *     108 a year); the district's rows carry it beside new_registrations, for the views to draw
 */
public record SocialOrganisationSettings(
    // Snake case alone would read "target_per10k_residents".
    @JsonProperty("target_per_10k_residents") double targetPer10kResidents,
    @JsonProperty("new_registrations_goal") int newRegistrationsGoal) {

  public SocialOrganisationSettings {
    if (!(targetPer10kResidents >= 0)) {
      throw new IllegalArgumentException(
          "social_organisations.target_per_10k_residents must not be negative: "
              + targetPer10kResidents);
    }
    if (newRegistrationsGoal < 0) {
      throw new IllegalArgumentException(
          "social_organisations.new_registrations_goal must not be negative: "
              + newRegistrationsGoal);
    }
  }

  /**
   * The defaults documented in docs/indicators.md: 10 per 10,000 residents, 108 registrations a
   * year.
   */
  public static SocialOrganisationSettings defaults() {
    return new SocialOrganisationSettings(10, 108);
  }

  /**
   * The {@code social_organisations:} section of {@code conf}, a missing key taking its default.
   */
  public static SocialOrganisationSettings read(Path conf) {
    return SettingsFile.section(
        conf, "social_organisations", defaults(), SocialOrganisationSettings.class);
  }
}
