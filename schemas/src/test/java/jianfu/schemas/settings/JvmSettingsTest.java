package jianfu.schemas.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmSettingsTest {

  @TempDir Path folder;

  @Test
  void shippedConfigurationCapsEveryJvmTheCliStarts() {
    // when
    JvmSettings jvm = JvmSettings.read(Path.of("../conf/jianfu.yml"));

    // then
    assertThat(jvm.heapOf("jobs")).contains("1g");
    assertThat(jvm.heapOf("pipelines")).contains("3g");
    assertThat(jvm.heapOf("oracle")).contains("1g");
    assertThat(jvm.heapOf("cli")).isEmpty();
  }

  @Test
  void aHeapLeftOutKeepsItsDefault() throws IOException {
    // given
    Path conf = Files.writeString(folder.resolve("jianfu.yml"), "jvm:\n  pipelines_heap: 2560m\n");

    // when
    JvmSettings jvm = JvmSettings.read(conf);

    // then
    assertThat(jvm).isEqualTo(new JvmSettings("1g", "2560m", "1g"));
  }

  @Test
  void aSizeJavaWouldNotTakeIsRefusedNamingTheKey() throws IOException {
    // given
    Path conf = Files.writeString(folder.resolve("jianfu.yml"), "jvm:\n  jobs_heap: 1.5GB\n");

    // then
    assertThatThrownBy(() -> JvmSettings.read(conf))
        .hasMessageContaining("jvm.jobs_heap must be a size like 768m or 3g, not '1.5GB'");
  }
}
