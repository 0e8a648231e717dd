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
    assertThat(jvm.heapOf("pipelines")).contains("2560m");
    assertThat(jvm.heapOf("oracle")).contains("1g");
    assertThat(jvm.heapOf("cli")).isEmpty();
    assertThat(jvm.classDataSharing()).isTrue();
  }

  @Test
  void classDataSharingCanBeSwitchedOffButNotLeftEmpty() throws IOException {
    assertThat(jvmSection("class_data_sharing: false"))
        .isEqualTo(new JvmSettings("1g", "2560m", "1g", false));
    assertThatThrownBy(() -> jvmSection("class_data_sharing:"))
        .hasMessageContaining("jvm.class_data_sharing must be true or false");
  }

  @Test
  void aHeapLeftOutKeepsItsDefault() throws IOException {
    assertThat(jvmSection("pipelines_heap: 3g")).isEqualTo(new JvmSettings("1g", "3g", "1g", true));
  }

  @Test
  void aSizeJavaWouldNotTakeIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> jvmSection("jobs_heap: 1.5GB"))
        .hasMessageContaining("jvm.jobs_heap must be a size like 768m or 3g, not '1.5GB'");
  }

  /** The settings of a conf/jianfu.yml whose jvm: section holds the one line {@code key}. */
  private JvmSettings jvmSection(String key) throws IOException {
    return JvmSettings.read(
        Files.writeString(folder.resolve("jianfu.yml"), "jvm:\n  " + key + "\n"));
  }
}
