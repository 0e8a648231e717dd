package jianfu.pipelines;

import static org.apache.spark.sql.functions.desc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jianfu.pipelines.storage.Folder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replacing a mart's folder (written beside it, then swapped in or discarded), at a plain local
 * path and at a file:// URI (the Hadoop route that hdfs:// and s3a:// marts take on a cluster).
 */
class MartFolderTest extends SparkSessionTest {

  @ParameterizedTest(name = "as a URI: {0}")
  @ValueSource(booleans = {false, true})
  void replacesTheOldMartWholeAndLeavesNothingElse(boolean asUri, @TempDir Path marts)
      throws IOException {
    // given an earlier mart with a file the new one does not have
    Path stale = earlierMart(marts);
    Dataset<Row> mart = spark.range(3).toDF("id").orderBy(desc("id"));

    // when
    MartFolder.Written written =
        MartFolder.write(mart, List.of("id"), folder(marts.resolve("mart"), asUri));
    written.swapIn();

    // then
    assertThat(written.rows()).isEqualTo(3);
    assertThat(stale).doesNotExist();
    assertThat(names(marts)).containsExactly("mart");
    assertThat(names(marts.resolve("mart")).filter(name -> name.endsWith(".parquet")))
        .singleElement()
        .asString()
        .startsWith("part-");
    assertThat(ids(marts.resolve("mart"))).containsExactly(0L, 1L, 2L);
  }

  @ParameterizedTest(name = "as a URI: {0}")
  @ValueSource(booleans = {false, true})
  void writesAMartThatDidNotExist(boolean asUri, @TempDir Path marts) throws IOException {
    // when
    MartFolder.write(spark.range(2).toDF("id"), List.of("id"), folder(marts.resolve("new"), asUri))
        .swapIn();

    // then
    assertThat(names(marts)).containsExactly("new");
    assertThat(ids(marts.resolve("new"))).containsExactly(0L, 1L);
  }

  @ParameterizedTest(name = "as a URI: {0}")
  @ValueSource(booleans = {false, true})
  void aDiscardedMartLeavesThePreviousOneAsItWasAndNothingElse(boolean asUri, @TempDir Path marts)
      throws IOException {
    // given an earlier mart
    Path previous = earlierMart(marts);

    // when a new one is written, then discarded (another mart of the run failed)
    MartFolder.Written written =
        MartFolder.write(
            spark.range(2).toDF("id"), List.of("id"), folder(marts.resolve("mart"), asUri));
    assertThat(names(marts)).hasSize(2);
    written.discard();

    // then
    assertThat(names(marts)).containsExactly("mart");
    assertThat(previous).hasContent("from an earlier run");
  }

  private static Path earlierMart(Path marts) throws IOException {
    Path file = marts.resolve("mart").resolve("part-stale.parquet");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "from an earlier run");
    return file;
  }

  private Folder folder(Path path, boolean asUri) {
    String location = asUri ? path.toUri().toString() : path.toString();
    return Folder.at(location, spark.sparkContext().hadoopConfiguration());
  }

  private List<Long> ids(Path mart) {
    return spark.read().parquet(mart.toString()).collectAsList().stream()
        .map(row -> row.getLong(0))
        .toList();
  }

  private static Stream<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(entry -> entry.getFileName().toString()).toList().stream();
    }
  }
}
