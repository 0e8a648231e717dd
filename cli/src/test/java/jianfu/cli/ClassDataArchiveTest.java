package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

  private static final List<String> OPTIONS = List.of("--add-opens=java.base/java.nio=ALL-UNNAMED");

  @TempDir Path folder;

  @Test
  void theSameJdkOptionsAndJarsNameTheSameArchive() throws IOException {
    // given
    String classpath = classpath(jar("module.jar", "a"), jar("lib.jar", "b"));
    Path archives = folder.resolve("cds");

    // when
    Path first = ClassDataArchive.of(archives, OPTIONS, classpath).orElseThrow().file();
    Path second = ClassDataArchive.of(archives, OPTIONS, classpath).orElseThrow().file();

    // then
    assertThat(first).isEqualTo(second);
    assertThat(first.getParent()).isEqualTo(archives);
    assertThat(first.getFileName().toString()).matches("classes-[0-9a-f]{16}\\.jsa");
  }

  @Test
  void aRebuiltJarOtherOptionsOrAnotherClasspathNameAnotherArchive() throws IOException {
    // given
    Path module = jar("module.jar", "a");
    Path lib = jar("lib.jar", "b");
    String classpath = classpath(module, lib);
    Path before = name(OPTIONS, classpath);

    // when: the same size, only the modification time changed (a rebuild of the same classes)
    Files.setLastModifiedTime(module, FileTime.fromMillis(1_000_000_000_000L));
    Path touched = name(OPTIONS, classpath);
    // the same time, another size
    FileTime time = Files.getLastModifiedTime(lib);
    Files.writeString(lib, "bb");
    Files.setLastModifiedTime(lib, time);
    Path resized = name(OPTIONS, classpath);

    // then
    assertThat(List.of(before, touched, resized)).doesNotHaveDuplicates();
    assertThat(name(List.of(), classpath)).isNotEqualTo(resized);
    assertThat(name(OPTIONS, classpath(lib, module))).isNotEqualTo(resized);
  }

  @Test
  void aClasspathWithAFolderOrAMissingJarHasNoArchive() throws IOException {
    // given
    Path jar = jar("module.jar", "a");
    Path classes = Files.createDirectories(folder.resolve("classes"));

    // then
    assertThat(ClassDataArchive.of(folder, OPTIONS, classpath(jar, classes))).isEmpty();
    assertThat(ClassDataArchive.of(folder, OPTIONS, classpath(jar, folder.resolve("gone.jar"))))
        .isEmpty();
  }

  @Test
  void earlierBuildsArchivesAndHalfWrittenDumpsAreDeletedTheCurrentOnesKept() throws IOException {
    // given
    Path archives = Files.createDirectories(folder.resolve("cds"));
    ClassDataArchive archive =
        ClassDataArchive.of(archives, OPTIONS, classpath(jar("module.jar", "a"))).orElseThrow();
    Path current = Files.writeString(archive.file(), "current");
    Path dumping = Files.writeString(archive.temporaryFile(), "a dump beside this one");
    Path stale = Files.writeString(archives.resolve("classes-0123456789abcdef.jsa"), "old");
    Path staleDump =
        Files.writeString(archives.resolve("classes-0123456789abcdef.jsa.1234.tmp"), "old");
    Path notOurs = Files.writeString(archives.resolve("notes.txt"), "someone's");

    // when
    archive.deleteStale();

    // then
    assertThat(current).exists();
    assertThat(dumping).exists();
    assertThat(notOurs).exists();
    assertThat(stale).doesNotExist();
    assertThat(staleDump).doesNotExist();
  }

  @Test
  void aFinishedDumpBecomesTheArchive() throws IOException {
    // given
    ClassDataArchive archive =
        ClassDataArchive.of(folder.resolve("cds"), OPTIONS, classpath(jar("module.jar", "a")))
            .orElseThrow();
    Path first = archive.temporaryFile();
    Path second = archive.temporaryFile();
    Files.writeString(first, "dumped");

    // when
    archive.keep(first);

    // then
    assertThat(second).isNotEqualTo(first);
    assertThat(archive.exists()).isTrue();
    assertThat(archive.file()).hasContent("dumped");
    assertThat(first).doesNotExist();
  }

  private Path name(List<String> options, String classpath) {
    return ClassDataArchive.of(folder, options, classpath).orElseThrow().file();
  }

  private Path jar(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content);
  }

  private static String classpath(Path... entries) {
    return String.join(File.pathSeparator, Arrays.stream(entries).map(Path::toString).toList());
  }
}
