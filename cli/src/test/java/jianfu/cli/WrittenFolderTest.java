package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder a command wrote whole is deleted only while it holds nothing else. */
class WrittenFolderTest {

  /** What a bench run writes directly in its folder, for these tests. */
  private static final Predicate<Path> BENCH_RUN =
      entry -> Set.of("output", "run.log", "duckdb-copy").contains(entry.getFileName().toString());

  @TempDir Path bench;

  @Test
  void anEarlierRunsFolderIsDeletedWhole() throws Exception {
    // given
    Path run = Files.createDirectories(bench.resolve("run-1/output/raw"));
    Files.writeString(bench.resolve("run-1/run.log"), "log");

    // when
    WrittenFolder.delete(bench.resolve("run-1"), BENCH_RUN, "bench");

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
    assertThatThrownBy(() -> WrittenFolder.delete(bench.resolve("run-1"), BENCH_RUN, "bench"))
        .isInstanceOf(StepFailedException.class)
        .hasMessageContaining("holds files bench did not write (notes.txt)")
        .hasMessageContaining("nothing was changed");
    assertThat(bench.resolve("run-1/notes.txt")).hasContent("mine");
    assertThat(bench.resolve("run-1/duckdb-copy")).isDirectory();
  }
}
