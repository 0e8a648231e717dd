package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

  @TempDir Path folder;

  @Test
  void anArchiveThereIsMappedWithTheJvmsCdsMessagesOff() throws IOException {
    // given
    ClassDataArchive archive = archive();
    Files.writeString(archive.file(), "archived classes");

    // when
    ClassDataSharing sharing = ClassDataSharing.plan("jobs", Optional.of(archive), true);

    // then
    assertThat(sharing.jvmOptions())
        .containsExactly("-XX:SharedArchiveFile=" + archive.file(), "-Xlog:cds*=off");
    assertThat(sharing.dumpFailed(1)).isFalse();
  }

  @Test
  void withoutAnArchiveTheJvmDumpsOneAtExitIntoAFileOfItsOwn() throws IOException {
    // when
    ClassDataSharing sharing = ClassDataSharing.plan("jobs", Optional.of(archive()), true);

    // then
    assertThat(sharing.jvmOptions()).hasSize(2).endsWith("-Xlog:cds*=off");
    assertThat(sharing.jvmOptions().get(0))
        .startsWith("-XX:ArchiveClassesAtExit=" + folder.resolve("cds").resolve("classes-"))
        .endsWith(".tmp");
  }

  @Test
  void aDryRunMakesNoArchiveAndNeitherDoesALaunchWithoutOne() throws IOException {
    assertThat(ClassDataSharing.plan("jobs", Optional.of(archive()), false).jvmOptions()).isEmpty();
    assertThat(ClassDataSharing.plan("jobs", Optional.empty(), true).jvmOptions()).isEmpty();
    assertThat(ClassDataSharing.none().dumpFailed(1)).isFalse();
  }

  @Test
  void theDumpOfASuccessfulRunBecomesTheArchive() throws IOException {
    // given
    ClassDataArchive archive = archive();
    ClassDataSharing sharing = ClassDataSharing.plan("jobs", Optional.of(archive), true);
    Path dump = dumpOf(sharing);
    Files.writeString(dump, "archived classes");

    // when
    boolean failed = sharing.dumpFailed(0);

    // then
    assertThat(failed).isFalse();
    assertThat(archive.file()).hasContent("archived classes");
    assertThat(dump).doesNotExist();
  }

  @Test
  void theDumpOfAFailedRunIsDropped() throws IOException {
    // given
    ClassDataArchive archive = archive();
    ClassDataSharing sharing = ClassDataSharing.plan("jobs", Optional.of(archive), true);
    Path dump = Files.writeString(dumpOf(sharing), "classes of a run that stopped early");

    // when
    boolean failed = sharing.dumpFailed(1);

    // then: the module failed on its own (the JVM dumped): nothing to run again
    assertThat(failed).isFalse();
    assertThat(dump).doesNotExist();
    assertThat(archive.exists()).isFalse();
  }

  @Test
  void exitCodeOneWithoutADumpIsADumpThatFailed() throws IOException {
    // given: the JVM could not write its dump, and so exits 1 whatever the module did
    ClassDataSharing sharing = ClassDataSharing.plan("jobs", Optional.of(archive()), true);

    // then
    assertThat(sharing.dumpFailed(1)).isTrue();
  }

  @Test
  void aKilledJvmIsNotRunAgain() throws IOException {
    // given
    ClassDataSharing sharing = ClassDataSharing.plan("jobs", Optional.of(archive()), true);

    // then
    assertThat(sharing.dumpFailed(137)).isFalse();
  }

  private Path dumpOf(ClassDataSharing sharing) {
    return Path.of(sharing.jvmOptions().get(0).substring("-XX:ArchiveClassesAtExit=".length()));
  }

  private ClassDataArchive archive() throws IOException {
    Path jar = Files.writeString(folder.resolve("module.jar"), "classes");
    Path archives = Files.createDirectories(folder.resolve("cds"));
    return ClassDataArchive.of(archives, List.of(), jar.toString()).orElseThrow();
  }
}
