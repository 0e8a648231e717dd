package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import jianfu.schemas.settings.JvmSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data sharing with real JVMs: the cli module as built (its jar copied, so
 * that the test can "rebuild" it), started three times as {@code ./jianfu run} starts a module.
 */
class ClassDataSharingIT {

  private static final String SHARED = "jianfu.cli.JianfuCommand source: shared objects file (top)";

  @TempDir Path projectHome;

  @Test
  void theFirstLaunchArchivesItsClassesTheNextMapsThemAndARebuildMakesANewArchive()
      throws IOException {
    // given
    Path jar = builtCliModule();
    ModuleLauncher launcher = new ModuleLauncher(projectHome, JvmSettings.defaults());
    Path archives = projectHome.resolve("cli").resolve("target").resolve("cds");

    // when
    launcher.run("cli", List.of("--version"), Map.of());
    List<Path> afterFirst = filesIn(archives);
    long archived = Files.size(afterFirst.get(0));
    String second = classesLoaded(launcher, "second");
    Files.setLastModifiedTime(
        jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
    String afterRebuild = classesLoaded(launcher, "after-rebuild");
    List<Path> afterThird = filesIn(archives);

    // then
    assertThat(afterFirst).hasSize(1);
    assertThat(archived).isPositive();
    assertThat(second).contains(SHARED);
    assertThat(afterRebuild)
        .as("the archive of the jar before the rebuild is not offered")
        .doesNotContain(SHARED)
        .contains("jianfu.cli.JianfuCommand source: file:");
    assertThat(afterThird)
        .as("the rebuild's archive replaces the stale one")
        .singleElement()
        .isNotEqualTo(afterFirst.get(0));
  }

  /** The classes a launch of the module loaded and where from, as the JVM logs them. */
  private String classesLoaded(ModuleLauncher launcher, String name) throws IOException {
    Path log = projectHome.resolve(name + ".log");
    launcher.run(
        "cli", List.of("-Xlog:class+load=info:file=" + log), List.of("--version"), Map.of());
    return Files.readString(log);
  }

  /** The cli module's launch files, its jar copied into this test's project. */
  private Path builtCliModule() throws IOException {
    Path built = ProjectHome.get().resolve("cli").resolve("target").resolve("launch");
    Path launch = Files.createDirectories(projectHome.resolve("cli").resolve("target/launch"));
    Properties descriptor = new Properties();
    try (InputStream in = Files.newInputStream(built.resolve("launch.properties"))) {
      descriptor.load(in);
    }
    Path jar = launch.resolveSibling("jianfu-cli.jar");
    Files.copy(Path.of(descriptor.getProperty("jar")), jar);
    Files.writeString(
        launch.resolve("launch.properties"),
        "jar=" + jar + "\nmain=" + descriptor.getProperty("main") + "\njvm.options=\n");
    Files.copy(built.resolve("classpath.txt"), launch.resolve("classpath.txt"));
    return jar;
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }
}
