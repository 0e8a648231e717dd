package jianfu.schemas.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportingSettingsTest {

  @Test
  void shippedConfigurationHoldsTheDocumentedDefault() {
    // when
    ReportingSettings shipped = ReportingSettings.read(Path.of("../conf/jianfu.yml"));

    // then
    assertThat(shipped).isEqualTo(ReportingSettings.defaults());
    assertThat(shipped.completenessThreshold()).isEqualTo(0.9);
  }

  @Test
  void aThresholdOutsideZeroToOneIsRefused(@TempDir Path folder) throws IOException {
    // given
    Path conf = folder.resolve("jianfu.yml");
    Files.writeString(conf, "reporting:\n  completeness_threshold: 90\n");

    // then
    assertThatThrownBy(() -> ReportingSettings.read(conf))
        .hasStackTraceContaining("must be between 0 and 1");
  }
}
