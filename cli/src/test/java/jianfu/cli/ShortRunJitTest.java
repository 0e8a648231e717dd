package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShortRunJitTest {

  @Test
  void aSmallInputRunsWithC1Only(@TempDir Path raw) throws IOException {
    sizedFile(raw.resolve("work_items").resolve("part-0.parquet"), 3L * 1024 * 1024);

    assertThat(ShortRunJit.SPARK.jvmOptions(raw)).containsExactlyElementsOf(ShortRunJit.C1_ONLY);
  }

  @Test
  void aLargeInputKeepsTheDefaultCompilers(@TempDir Path raw) throws IOException {
    // two files, each under the limit, together over it: the whole input counts
    long half = ShortRunJit.SPARK.shortRunBytes() / 2 + 1;
    sizedFile(raw.resolve("work_items").resolve("part-0.parquet"), half);
    sizedFile(raw.resolve("ledgers").resolve("part-0.parquet"), half);

    assertThat(ShortRunJit.SPARK.jvmOptions(raw)).isEmpty();
  }

  @Test
  void ingestionCountsItsSourceFilesAgainstItsOwnLimit(@TempDir Path input) throws IOException {
    // a district's source files are about 13 MB: over Spark's limit, a short ingestion
    sizedFile(input.resolve("work_items.csv"), 13L * 1024 * 1024);
    assertThat(ShortRunJit.INGESTION.jvmOptions(input))
        .containsExactlyElementsOf(ShortRunJit.C1_ONLY);

    sizedFile(input.resolve("ledgers.csv"), ShortRunJit.INGESTION.shortRunBytes());
    assertThat(ShortRunJit.INGESTION.jvmOptions(input)).isEmpty();
  }

  private static void sizedFile(Path file, long bytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(bytes);
    }
  }
}
