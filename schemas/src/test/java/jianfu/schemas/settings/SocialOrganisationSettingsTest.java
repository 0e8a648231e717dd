package jianfu.schemas.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocialOrganisationSettingsTest {

  @Test
  void shippedConfigurationHoldsTheDocumentedDefault() {
    // when
    SocialOrganisationSettings shipped =
        SocialOrganisationSettings.read(Path.of("../conf/jianfu.yml"));

    // then
    assertThat(shipped).isEqualTo(SocialOrganisationSettings.defaults());
    assertThat(shipped.targetPer10kResidents()).isEqualTo(10.0);
    assertThat(shipped.newRegistrationsGoal()).isEqualTo(108);
  }

  @Test
  void aFileWithoutTheSectionKeepsTheDefaultAndAGivenTargetReplacesIt(@TempDir Path folder)
      throws IOException {
    // given
    Path without = folder.resolve("without.yml");
    Files.writeString(without, "reporting:\n  completeness_threshold: 0.8\n");
    Path with = folder.resolve("with.yml");
    Files.writeString(with, "social_organisations:\n  target_per_10k_residents: 12.5\n");

    // then
    assertThat(SocialOrganisationSettings.read(without).targetPer10kResidents()).isEqualTo(10.0);
    assertThat(SocialOrganisationSettings.read(with).targetPer10kResidents()).isEqualTo(12.5);
    assertThat(SocialOrganisationSettings.read(with).newRegistrationsGoal()).isEqualTo(108);
  }

  @Test
  void aGivenGoalReplacesTheDefaultAndANegativeOneIsRefused(@TempDir Path folder)
      throws IOException {
    // given
    Path with = folder.resolve("with.yml");
    Files.writeString(with, "social_organisations:\n  new_registrations_goal: 120\n");
    Path negative = folder.resolve("negative.yml");
    Files.writeString(negative, "social_organisations:\n  new_registrations_goal: -5\n");

    // then
    assertThat(SocialOrganisationSettings.read(with).newRegistrationsGoal()).isEqualTo(120);
    assertThat(SocialOrganisationSettings.read(with).targetPer10kResidents()).isEqualTo(10.0);
    assertThatThrownBy(() -> SocialOrganisationSettings.read(negative))
        .hasStackTraceContaining("new_registrations_goal must not be negative");
  }

  @Test
  void aNegativeTargetAndAnUnknownKeyAreRefused(@TempDir Path folder) throws IOException {
    // given
    Path negative = folder.resolve("negative.yml");
    Files.writeString(negative, "social_organisations:\n  target_per_10k_residents: -1\n");
    Path misspelt = folder.resolve("misspelt.yml");
    Files.writeString(misspelt, "social_organisations:\n  target_per_10k: 12\n");

    // then
    assertThatThrownBy(() -> SocialOrganisationSettings.read(negative))
        .hasStackTraceContaining("must not be negative");
    assertThatThrownBy(() -> SocialOrganisationSettings.read(misspelt))
        .hasStackTraceContaining("target_per_10k");
  }
}
