package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publications of an output folder, with generations written by hand: the published paths
 * switch from one whole generation to the next, and what is not jianfu's stops every command.
 */
class GenerationsTest {

  @TempDir Path folder;

  @Test
  void publishingSwitchesEveryPublishedPathToTheNewGenerationAndDeletesTheOldOne()
      throws Exception {
    // given: a first publication
    OutputFolder output = OutputFolder.claim(folder.resolve("out"));
    publish(output, "first");
    Path firstGeneration = output.path().resolve("current").toRealPath();

    // when
    publish(output, "second");

    // then
    for (String name : Generations.LINKED_NAMES) {
      assertThat(Files.readSymbolicLink(output.path().resolve(name)))
          .isEqualTo(Path.of("current", name));
    }
    assertThat(output.path().resolve("public/statistics.csv")).hasContent("second");
    assertThat(firstGeneration).doesNotExist();
    try (Stream<Path> generations = Files.list(output.path().resolve("generations"))) {
      assertThat(generations).containsExactly(output.path().resolve("current").toRealPath());
    }
  }

  @Test
  void aNameOfJianfusTakenByTheUserIsRefused() throws Exception {
    // given: a folder of the user's where jianfu would put its link
    OutputFolder output = OutputFolder.claim(folder.resolve("out"));
    Files.createDirectories(output.path().resolve("public"));

    // when / then
    assertThatThrownBy(() -> Generations.of(output))
        .isInstanceOf(StepFailedException.class)
        .hasMessageContaining(output.path().resolve("public") + " is not what jianfu made of it")
        .hasMessageContaining("nothing was changed");
  }

  @Test
  void aSecondCommandOnTheSameFolderIsRefusedWhileTheFirstHoldsIt() throws Exception {
    OutputFolder output = OutputFolder.claim(folder.resolve("out"));
    try (OutputFolder.Lock held = output.lock()) {
      assertThatThrownBy(output::lock)
          .isInstanceOf(StepFailedException.class)
          .hasMessageContaining("another jianfu command is writing " + output.path());
    }
    output.lock().close();
  }

  @Test
  void theFolderOfAFailedBuildIsResumedAndThePublicationStaysAsItWas() throws Exception {
    // given: a publication, and a build that failed after ingesting and computing
    OutputFolder output = OutputFolder.claim(folder.resolve("out"));
    publish(output, "first");
    Generation failed = Generations.of(output).resumeNext();
    write(failed.folder().resolve("raw/org_units/org_units.parquet"), "ingested again");
    write(failed.folder().resolve("marts/burden_summary/part-0.parquet"), "half a mart");

    // when: the next run starts
    Generation resumed = Generations.of(output).resumeNext();

    // then: it resumes the ingested tables, and builds the rest anew; readers saw neither
    assertThat(resumed.folder()).isEqualTo(failed.folder());
    assertThat(resumed.folder().resolve("raw/org_units/org_units.parquet"))
        .hasContent("ingested again");
    assertThat(resumed.folder().resolve("marts")).doesNotExist();
    assertThat(output.path().resolve("raw/org_units/org_units.parquet")).hasContent("first");
  }

  /** Builds a generation whose every file holds {@code text}, and publishes it. */
  private static void publish(OutputFolder output, String text) throws IOException {
    Generations generations = Generations.of(output);
    Generation next = generations.resumeNext();
    write(next.folder().resolve("raw/org_units/org_units.parquet"), text);
    write(next.folder().resolve("public/statistics.csv"), text);
    for (String name : Generations.LINKED_NAMES) {
      Files.createDirectories(next.folder().resolve(name));
    }
    generations.makeCurrent(next);
  }

  /** Writes as jianfu writes an output: a new file renamed into place, never in place. */
  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Path written = Files.writeString(file.resolveSibling(".writing"), text);
    Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
  }
}
