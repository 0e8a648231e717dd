package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianfu.schemas.settings.JvmSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleLauncherTest {

  @TempDir Path projectHome;

  @Test
  void everyModuleJvmGetsTheHeapConfiguredForIt() throws IOException {
    // given
    builtModule("jobs", "jianfu.jobs.IngestApplication", "-Dfrom.build=1");
    builtModule("pipelines", "jianfu.pipelines.PipelineApplication", "");
    ModuleLauncher launcher =
        new ModuleLauncher(projectHome, new JvmSettings("768m", "2g", "1g", true));

    // when
    List<String> jobs = launcher.command("jobs", List.of("--input", "in"));
    List<String> pipelines = launcher.command("pipelines", List.of());

    // then
    assertThat(jobs).containsSubsequence("-Dfrom.build=1", "-Xmx768m", "-cp");
    assertThat(jobs).endsWith("jianfu.jobs.IngestApplication", "--input", "in");
    assertThat(pipelines).contains("-Xmx2g").doesNotContain("-Xmx768m");
  }

  @Test
  void theCliJvmIsLeftToTheScriptThatStartsIt() throws IOException {
    // given
    builtModule("cli", "jianfu.cli.JianfuCommand", "");

    // when
    List<String> cli =
        new ModuleLauncher(projectHome, JvmSettings.defaults()).command("cli", List.of());

    // then
    assertThat(cli).noneMatch(option -> option.startsWith("-Xmx"));
  }

  private void builtModule(String module, String main, String jvmOptions) throws IOException {
    Path launch = Files.createDirectories(projectHome.resolve(module).resolve("target/launch"));
    Files.writeString(
        launch.resolve("launch.properties"),
        "jar=" + module + ".jar\nmain=" + main + "\njvm.options=" + jvmOptions + "\n");
    Files.writeString(launch.resolve("classpath.txt"), "lib.jar\n");
  }
}
