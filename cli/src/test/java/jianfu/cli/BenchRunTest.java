package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bench run deletes the folder of the run before it only when that holds nothing else. */
class BenchRunTest {

  @TempDir Path bench;

  @Test
  void anEarlierRunsFolderIsDeletedWhole() throws Exception {
    // given
    Path run = Files.createDirectories(bench.resolve("run-1/output/raw"));
    Files.writeString(bench.resolve("run-1/run.log"), "log");

    // when
    BenchRun.clear(bench.resolve("run-1"));

    // then
    assertThat(bench.resolve("run-1")).doesNotExist();
    assertThat(run).doesNotExist();
  }

  @Test
  void aRunFolderHoldingAFileOfSomebodyElsesIsRefusedAndKept() throws Exception {
    // given
    Files.createDirectories(bench.resolve("run-1/duckdb-copy"));
    Files.writeString(bench.resolve("run-1/notes.txt"), "mine");

    // when / then
    assertThatThrownBy(() -> BenchRun.clear(bench.resolve("run-1")))
        .isInstanceOf(StepFailedException.class)
        .hasMessageContaining("holds files bench did not write (notes.txt)")
        .hasMessageContaining("nothing was deleted");
    assertThat(bench.resolve("run-1/notes.txt")).hasContent("mine");
    assertThat(bench.resolve("run-1/duckdb-copy")).isDirectory();
  }
}
