package jianfu.pipelines.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same folder operations on both kinds of location: a plain local path (java.nio) and a file://
 * URI (Hadoop's FileSystem, as hdfs:// and s3a:// go).
 */
class FolderTest {

  private static final Configuration HADOOP = new Configuration();

  @TempDir Path temp;

  static Stream<Arguments> locations() {
    Function<Path, String> plain = Path::toString;
    Function<Path, String> uri = path -> path.toUri().toString();
    return Stream.of(Arguments.of("plain path", plain), Arguments.of("file:// URI", uri));
  }

  @Test
  void aPlainPathIsLocalAndAUriGoesThroughHadoop() {
    // when
    Folder plain = Folder.at(temp.toString(), HADOOP);
    Folder uri = Folder.at(temp.toUri().toString(), HADOOP);

    // then
    assertThat(plain).isInstanceOf(LocalFolder.class);
    assertThat(plain.location()).isEqualTo(temp.toString());
    assertThat(uri).isInstanceOf(HadoopFolder.class);
    assertThat(uri.location()).isEqualTo("file:" + temp);
  }

  @Test
  void aPathWithoutSchemeIsOnTheClustersDefaultFileSystem() {
    // given a cluster whose Hadoop configuration makes HDFS the default (nothing is contacted)
    Configuration cluster = new Configuration();
    cluster.set("fs.defaultFS", "hdfs://127.0.0.1:9");

    // when
    Folder raw = Folder.at("/jianfu/raw", cluster);

    // then
    assertThat(raw).isInstanceOf(HadoopFolder.class);
    assertThat(raw.location()).isEqualTo("hdfs://127.0.0.1:9/jianfu/raw");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locations")
  void findsParquetFilesOnlyInAnExistingFolder(String kind, Function<Path, String> location)
      throws IOException {
    // given
    file("with/part-0.parquet");
    Files.createDirectories(temp.resolve("without/part-1.parquet.d"));
    file("without/_SUCCESS");
    Folder root = Folder.at(location.apply(temp), HADOOP);

    // then
    assertThat(root.child("with").hasFileEndingWith(".parquet")).isTrue();
    assertThat(root.child("without").hasFileEndingWith(".parquet")).isFalse();
    assertThat(root.child("missing").hasFileEndingWith(".parquet")).isFalse();
    assertThat(root.child("missing").isDirectory()).isFalse();
    assertThat(root.child("with/part-0.parquet").isDirectory()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locations")
  void movesAFolderToAHiddenSiblingAndDeletesIt(String kind, Function<Path, String> location)
      throws IOException {
    // given
    file("mart/nested/part-0.parquet");
    Folder mart = Folder.at(location.apply(temp.resolve("mart")), HADOOP);
    Folder aside = mart.hiddenSibling("replaced");

    // when
    mart.moveTo(aside);

    // then
    assertThat(mart.isDirectory()).isFalse();
    assertThat(names(temp)).singleElement().asString().startsWith(".mart.replaced-");
    assertThat(aside.child("nested").hasFileEndingWith(".parquet")).isTrue();

    // when
    aside.deleteRecursively();
    aside.deleteRecursively();

    // then
    assertThat(names(temp)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locations")
  void refusesToMoveOntoAFolderThatHasFiles(String kind, Function<Path, String> location)
      throws IOException {
    // given
    Files.createDirectories(temp.resolve("fresh"));
    file("target/part-old.parquet");
    Folder root = Folder.at(location.apply(temp), HADOOP);

    // when / then
    assertThatThrownBy(() -> root.child("fresh").moveTo(root.child("target")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot rename");
    assertThat(names(temp)).containsExactlyInAnyOrder("fresh", "target");
    assertThat(names(temp.resolve("target"))).containsExactly("part-old.parquet");
  }

  private void file(String relative) throws IOException {
    Path file = temp.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, relative);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(entry -> entry.getFileName().toString()).toList();
    }
  }
}
