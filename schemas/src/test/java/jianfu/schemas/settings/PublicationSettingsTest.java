package jianfu.schemas.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationSettingsTest {

  @Test
  void shippedConfigurationHoldsTheDocumentedDefaults() {
    // when
    PublicationSettings shipped = PublicationSettings.read(Path.of("../conf/jianfu.yml"));

    // then
    assertThat(shipped).isEqualTo(PublicationSettings.defaults());
    assertThat(shipped.suppressionThreshold()).isEqualTo(3);
    assertThat(shipped.asOf()).isNull();
  }

  @Test
  void aConfiguredAsOfDateIsKeptAndAnEmptyOneIsTheRunsDate(@TempDir Path folder)
      throws IOException {
    // given
    Path conf = folder.resolve("jianfu.yml");
    Files.writeString(conf, "publication:\n  suppression_threshold: 5\n  as_of: 2026-01-31\n");

    // when
    PublicationSettings configured = PublicationSettings.read(conf);

    // then
    assertThat(configured.resolved())
        .isEqualTo(new PublicationSettings(5, LocalDate.of(2026, 1, 31)));
    assertThat(PublicationSettings.defaults().resolved().asOf())
        .isEqualTo(LocalDate.now(ZoneOffset.UTC));
  }

  @Test
  void aNegativeThresholdIsRefused(@TempDir Path folder) throws IOException {
    // given
    Path conf = folder.resolve("jianfu.yml");
    Files.writeString(conf, "publication:\n  suppression_threshold: -1\n");

    // then
    assertThatThrownBy(() -> PublicationSettings.read(conf))
        .hasStackTraceContaining("must not be negative");
  }
}
