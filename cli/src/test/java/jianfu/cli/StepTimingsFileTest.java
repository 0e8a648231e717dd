package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepTimingsFileTest {

  @Test
  void readsTheStepsInTheirOrder(@TempDir Path folder) throws Exception {
    // given
    Path file = folder.resolve("timings.txt");
    Files.writeString(
        file, "session_start 12.500000\nburden_by_community 3.25\n\naccess_funnel 0.5\n");
    // when
    Map<String, Double> seconds = StepTimingsFile.read(file);
    // then
    assertThat(seconds)
        .containsExactly(
            Map.entry("session_start", 12.5),
            Map.entry("burden_by_community", 3.25),
            Map.entry("access_funnel", 0.5));
  }

  @Test
  void aLineThatIsNotAStepAndSecondsIsRefused() {
    assertThatThrownBy(() -> StepTimingsFile.parse(List.of("burden_by_community 3.25 s")))
        .isInstanceOf(StepFailedException.class)
        .hasMessageContaining("burden_by_community 3.25 s");
  }

  @Test
  void aMissingFileSaysWhichFile(@TempDir Path folder) {
    Path missing = folder.resolve("spark-timings.txt");
    assertThatThrownBy(() -> StepTimingsFile.read(missing))
        .isInstanceOf(StepFailedException.class)
        .hasMessageContaining(missing.toString());
  }
}
