package jianfu.schemas.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SparkSettingsTest {

  @Test
  void shippedConfigurationRunsLocallyWithFewShufflePartitions() {
    // when
    SparkSettings settings = SparkSettings.read(Path.of("../conf/jianfu.yml"));

    // then
    assertThat(settings.master()).isEqualTo("local[2]");
    assertThat(settings.settings())
        .containsEntry("spark.sql.shuffle.partitions", "4")
        .containsEntry("spark.ui.enabled", "false")
        .containsEntry("spark.sql.session.timeZone", "UTC");
  }
}
