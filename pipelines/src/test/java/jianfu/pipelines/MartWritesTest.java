package jianfu.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jianfu.pipelines.storage.Folder;
import jianfu.schemas.Contract;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marts written as soon as computed, swapped in only when every one is written. */
class MartWritesTest extends SparkSessionTest {

  @Test
  void aFailureAfterAMartWasWrittenLeavesEveryPreviousMartInPlace(@TempDir Path marts)
      throws IOException {
    // given previous marts, a new access_funnel computed at once, and a burden_by_community that
    // fails once the new access_funnel is written beside its folder
    Path previousFunnel = previousMart(marts, "access_funnel");
    Path previousBurden = previousMart(marts, "burden_by_community");
    RuntimeException failure = new IllegalStateException("burden_by_community failed");
    MartWrites writes;
    try (SharedModels models = new SharedModels()) {
      Map<String, SharedModel<Dataset<Row>>> frames = new LinkedHashMap<>();
      frames.put("access_funnel", models.of(() -> spark.sql("select 2024 year, 'P1' dept_code")));
      frames.put(
          "burden_by_community",
          models.of(
              () -> {
                awaitWritten(marts, "access_funnel");
                throw failure;
              }));
      writes =
          new MartWrites(
              models,
              frames,
              Contract.load(),
              Folder.at(marts.toString(), spark.sparkContext().hadoopConfiguration()));

      // when
      assertThatThrownBy(models::awaitAll).isSameAs(failure);
      writes.discard();
    }

    // then
    assertThat(previousFunnel).hasContent("from the previous run");
    assertThat(previousBurden).hasContent("from the previous run");
    assertThat(names(marts)).containsExactlyInAnyOrder("access_funnel", "burden_by_community");
  }

  private static Path previousMart(Path marts, String mart) throws IOException {
    Path file = marts.resolve(mart).resolve("part-previous.parquet");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "from the previous run");
    return file;
  }

  /** Until Spark has committed the mart's hidden folder (its _SUCCESS file). */
  private static void awaitWritten(Path marts, String mart) {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      try (Stream<Path> entries = Files.list(marts)) {
        if (entries.anyMatch(
            entry ->
                entry.getFileName().toString().startsWith("." + mart + ".writing")
                    && Files.exists(entry.resolve("_SUCCESS")))) {
          return;
        }
        Thread.sleep(50);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(mart + " was not written within 2 minutes");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(entry -> entry.getFileName().toString()).toList();
    }
  }
}
