package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianfu.demo.DistrictGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile-input suite, the output folder: jianfu refuses a folder it did not write, whatever it
 * holds, before changing anything; in a folder it wrote it replaces only its own entries. Every
 * folder here is under a temporary folder ({@code --output ~} is just one more folder that is not
 * empty and has no marker).
 */
class OutputOwnershipIT {

  private static final String NOT_OURS = "is not empty and has no " + OutputFolder.MARKER;
  private static final String UNCHANGED = "(nothing was changed)";

  @TempDir Path folder;

  @Test
  void everyCommandRefusesAFolderOfTheUsersAndLeavesItUntouched() throws Exception {
    // given: a folder of the user's, holding names jianfu would write
    Path mine = folder.resolve("mine");
    write(mine.resolve("notes.txt"), "my notes");
    write(mine.resolve("public/statistics.csv"), "my own figures");
    write(mine.resolve("raw/org_units/org_units.parquet"), "not even Parquet");
    write(mine.resolve("serving/jianfu.duckdb"), "my database");
    Path input = Files.createDirectories(folder.resolve("input"));
    TreeSnapshot before = TreeSnapshot.of(folder);

    // when / then: run, demo and bench would write into it, publish and report rewrite a run's
    for (List<String> command :
        List.of(
            List.of("run", "--input", input.toString(), "--output", mine.toString()),
            List.of("demo", "--output", mine.toString()),
            List.of("bench", "--scale", "district", "--output", mine.toString()))) {
      Outcome outcome = Outcome.of(command.toArray(String[]::new));
      assertThat(outcome.exitCode()).as(command.get(0)).isEqualTo(FailureReporter.FAILED);
      assertThat(outcome.errors())
          .as(command.get(0))
          .contains(mine + " " + NOT_OURS)
          .contains("give --output a new or empty folder, or one a jianfu run wrote")
          .contains(UNCHANGED)
          .hasLineCount(1);
    }
    for (String command : List.of("publish", "report")) {
      Outcome outcome = Outcome.of(command, "--output", mine.toString());
      assertThat(outcome.exitCode()).as(command).isEqualTo(FailureReporter.FAILED);
      assertThat(outcome.errors())
          .as(command)
          .contains(mine + " was not written by a jianfu run")
          .contains(UNCHANGED)
          .hasLineCount(1);
    }
    assertThat(TreeSnapshot.of(folder)).isEqualTo(before);
  }

  @Test
  void theInputFolderItselfIsRefusedAsOutputAndLeftUntouched() throws Exception {
    // given
    Path district = folder.resolve("district");
    new DistrictGenerator(GenerateCommand.DEFAULT_SEED).writeTo(district);
    TreeSnapshot before = TreeSnapshot.of(folder);

    // when
    Outcome outcome =
        Outcome.of("run", "--input", district.toString(), "--output", district.toString());

    // then
    assertThat(outcome.exitCode()).isEqualTo(FailureReporter.FAILED);
    assertThat(outcome.errors()).contains(district + " " + NOT_OURS).contains(UNCHANGED);
    assertThat(TreeSnapshot.of(folder)).isEqualTo(before);
  }

  @Test
  void theParentOfTheInputFolderIsRefusedAsOutputAndLeftUntouched() throws Exception {
    // given
    Path parent = folder.resolve("parent");
    Path input = parent.resolve("input");
    new DistrictGenerator(GenerateCommand.DEFAULT_SEED).writeTo(input);
    TreeSnapshot before = TreeSnapshot.of(folder);

    // when
    Outcome outcome = Outcome.of("run", "--input", input.toString(), "--output", parent.toString());

    // then
    assertThat(outcome.exitCode()).isEqualTo(FailureReporter.FAILED);
    assertThat(outcome.errors()).contains(parent + " " + NOT_OURS).contains(UNCHANGED);
    assertThat(TreeSnapshot.of(folder)).isEqualTo(before);
  }

  @Test
  void inAFolderJianfuWroteARunLeavesTheUsersFilesAndRefusesToHideOneInAPublishedFolder()
      throws Exception {
    // given: the demo's folder, claimed by jianfu before it wrote the input into it, then run
    Path demo = folder.resolve("demo");
    assertThat(Outcome.of("demo", "--output", demo.toString()).exitCode()).isZero();
    Path input = demo.resolve("input");
    // and the user's own files beside jianfu's: in the folder, and in the input
    write(demo.resolve("notes.txt"), "my notes");
    write(input.resolve("README.txt"), "where this input came from");
    TreeSnapshot inputBefore = TreeSnapshot.of(input);
    TreeSnapshot notesBefore = TreeSnapshot.of(demo.resolve("notes.txt"));
    Path firstGeneration = demo.resolve("current").toRealPath();

    // when: the input inside the output folder is run again into it
    Outcome rerun = Outcome.of("run", "--input", input.toString(), "--output", demo.toString());

    // then: a new publication, and nothing of the user's touched
    assertThat(rerun.exitCode()).as(rerun.errors()).isZero();
    assertThat(TreeSnapshot.of(input)).isEqualTo(inputBefore);
    assertThat(TreeSnapshot.of(demo.resolve("notes.txt"))).isEqualTo(notesBefore);
    assertThat(demo.resolve("current").toRealPath()).isNotEqualTo(firstGeneration);
    assertThat(firstGeneration).doesNotExist();

    // when: the user puts a file inside a published folder, which a run replaces whole
    write(demo.resolve("public/mine.txt"), "my own table");
    TreeSnapshot before = TreeSnapshot.of(folder);
    Outcome refused = Outcome.of("run", "--input", input.toString(), "--output", demo.toString());

    // then: the run is refused, naming the file, and nothing is touched
    assertThat(refused.exitCode()).isEqualTo(FailureReporter.FAILED);
    assertThat(refused.errors())
        .contains("jianfu did not write " + demo.resolve("public/mine.txt"))
        .contains(UNCHANGED)
        .hasLineCount(1);
    assertThat(TreeSnapshot.of(folder)).isEqualTo(before);
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
