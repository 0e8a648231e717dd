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
 * holds, before changing anything (that in a folder it wrote it replaces only its own entries, and
 * refuses to hide a file of the user's, is in AllOrNothingIT, whose runs write such a folder).
 * Every folder here is under a temporary folder ({@code --output ~} is just one more folder that is
 * not empty and has no marker).
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

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
