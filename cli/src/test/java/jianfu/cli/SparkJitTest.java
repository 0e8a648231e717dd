package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkJitTest {

  @Test
  void aSmallInputRunsWithC1Only(@TempDir Path raw) throws IOException {
    sizedFile(raw.resolve("work_items").resolve("part-0.parquet"), 3L * 1024 * 1024);

    assertThat(SparkJit.jvmOptions(raw)).containsExactly(SparkJit.C1_ONLY);
  }

  @Test
  void aLargeInputKeepsTheDefaultCompilers(@TempDir Path raw) throws IOException {
    // two files, each under the limit, together over it: the whole input counts
    long half = SparkJit.SHORT_RUN_BYTES / 2 + 1;
    sizedFile(raw.resolve("work_items").resolve("part-0.parquet"), half);
    sizedFile(raw.resolve("ledgers").resolve("part-0.parquet"), half);

    assertThat(SparkJit.jvmOptions(raw)).isEmpty();
  }

  private static void sizedFile(Path file, long bytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(bytes);
    }
  }
}
