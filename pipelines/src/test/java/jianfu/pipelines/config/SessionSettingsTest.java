package jianfu.pipelines.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jianfu.schemas.settings.SparkSettings;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SessionSettingsTest {

  private static final SparkSettings CONFIGURED =
      new SparkSettings(
          "local[2]",
          Map.of("spark.sql.shuffle.partitions", "4", "spark.sql.session.timeZone", "UTC"));

  /** What spark-submit hands the driver: nothing outside spark-submit. */
  private static SparkConf submitted(String... keysAndValues) {
    SparkConf conf = new SparkConf(false);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      conf.set(keysAndValues[i], keysAndValues[i + 1]);
    }
    return conf;
  }

  @Test
  void withoutSparkSubmitTheConfigurationFileRunsLocallyOnLoopback() {
    // when
    SessionSettings session = SessionSettings.resolve(null, submitted(), CONFIGURED);

    // then
    assertThat(session.master()).isEqualTo("local[2]");
    assertThat(session.settings())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "spark.app.name", "jianfu-pipelines",
                "spark.driver.host", "127.0.0.1",
                "spark.driver.bindAddress", "127.0.0.1",
                "spark.sql.shuffle.partitions", "4",
                "spark.sql.session.timeZone", "UTC"));
  }

  @Test
  void theMasterOptionWinsOverSparkSubmitAndAClusterDriverIsNotBoundToLoopback() {
    // when
    SessionSettings session =
        SessionSettings.resolve(
            "spark://10.0.0.5:7077", submitted("spark.master", "yarn"), CONFIGURED);

    // then
    assertThat(session.master()).isEqualTo("spark://10.0.0.5:7077");
    assertThat(session.settings())
        .doesNotContainKeys("spark.driver.host", "spark.driver.bindAddress")
        .containsEntry("spark.sql.shuffle.partitions", "4");
  }

  @Test
  void sparkSubmitsMasterAndSettingsWinOverTheConfigurationFile() {
    // when
    SessionSettings session =
        SessionSettings.resolve(
            null,
            submitted(
                "spark.master", "yarn",
                "spark.sql.shuffle.partitions", "200",
                "spark.app.name", "nightly marts"),
            CONFIGURED);

    // then spark-submit's entries are left to the session, which reads them itself
    assertThat(session.master()).isEqualTo("yarn");
    assertThat(session.settings())
        .containsExactlyInAnyOrderEntriesOf(Map.of("spark.sql.session.timeZone", "UTC"));
  }

  @Test
  void aLocalMastersAddressesCanBeConfigured() {
    // given
    SparkSettings configured =
        new SparkSettings("local[*]", Map.of("spark.driver.host", "192.168.1.20"));

    // when
    SessionSettings session =
        SessionSettings.resolve(null, submitted("spark.driver.bindAddress", "0.0.0.0"), configured);

    // then
    assertThat(session.settings())
        .containsEntry("spark.driver.host", "192.168.1.20")
        .doesNotContainKey("spark.driver.bindAddress");
  }
}
