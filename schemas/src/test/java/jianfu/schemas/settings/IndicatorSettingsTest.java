package jianfu.schemas.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorSettingsTest {

  @Test
  void shippedConfigurationHoldsTheDocumentedDefaults() {
    // when
    IndicatorSettings shipped = IndicatorSettings.read(Path.of("../conf/jianfu.yml"));

    // then
    assertThat(shipped).isEqualTo(IndicatorSettings.defaults());
    assertThat(shipped.baselineYear()).isNull();
    assertThat(shipped.deduction()).isEqualTo(new IndicatorSettings.Deduction(1, 20, 0.8, 10));
  }

  @Test
  void keysTheSectionLeavesOutKeepTheirDefaults(@TempDir Path folder) throws IOException {
    // given
    Path conf = folder.resolve("jianfu.yml");
    Files.writeString(
        conf,
        """
        indicators:
          baseline_year: 2021
          grades: {EXCELLENT: 95, GOOD: 85, PASS: 70}
        spark:
          master: local[1]
        """);

    // when
    IndicatorSettings settings = IndicatorSettings.read(conf);

    // then
    assertThat(settings.baselineYear()).isEqualTo(2021);
    assertThat(settings.grades()).isEqualTo(Map.of("EXCELLENT", 95.0, "GOOD", 85.0, "PASS", 70.0));
    assertThat(settings.departmentWeights())
        .isEqualTo(IndicatorSettings.defaults().departmentWeights());
  }

  @Test
  void unknownKeyIsRefused(@TempDir Path folder) throws IOException {
    // given
    Path conf = folder.resolve("jianfu.yml");
    Files.writeString(conf, "indicators:\n  baseline_yaer: 2021\n");

    // when / then
    assertThatThrownBy(() -> IndicatorSettings.read(conf))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("baseline_yaer");
  }

  @Test
  void baselineYearCanBeOverridden() {
    // when
    IndicatorSettings settings = IndicatorSettings.defaults().withBaselineYear(2022);

    // then
    assertThat(settings.baselineYear()).isEqualTo(2022);
    assertThat(settings.withBaselineYear(null)).isEqualTo(IndicatorSettings.defaults());
  }
}
