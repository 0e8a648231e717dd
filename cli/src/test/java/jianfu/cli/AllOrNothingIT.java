package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import jianfu.demo.DistrictGenerator;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile-input suite, a run that fails or is killed: readers keep the last complete publication,
 * byte for byte, until a run completes; then they get the new one, whole, and the user's own files
 * in the folder are left as they were. One output folder, its publication made once, then run into
 * again and again (in this order): each full run costs tens of seconds, so the runs are shared.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AllOrNothingIT {

  /** How long to wait for a line of a run's output: long, for a machine busy with other work. */
  private static final Duration PATIENCE = Duration.ofMinutes(5);

  private static final Contract CONTRACT = Contract.load();

  @TempDir static Path folder;
  private static Path output;
  private static TreeSnapshot lastPublication;
  private static Path firstGeneration;

  /** Next year's district, kept by the user inside the output folder, as the demo keeps its own. */
  private static Path nextYear;

  private static List<TreeSnapshot> usersFiles;

  @BeforeAll
  static void aCompletePublication() throws Exception {
    Path input = folder.resolve("district");
    new DistrictGenerator(GenerateCommand.DEFAULT_SEED).writeTo(input);
    output = folder.resolve("output");
    Outcome first = run(input);
    assertThat(first.exitCode()).as(first.errors()).isZero();
    lastPublication = TreeSnapshot.published(output);
    firstGeneration = output.resolve(Generations.CURRENT).toRealPath();
    // and the user's own files beside jianfu's: notes in the folder, next year's input in it
    Files.writeString(output.resolve("notes.txt"), "my notes");
    nextYear = output.resolve("next-year");
    new DistrictGenerator(GenerateCommand.DEFAULT_SEED + 1).writeTo(nextYear);
    Files.writeString(nextYear.resolve("README.txt"), "where this input came from");
    usersFiles = usersFiles();
  }

  @Test
  @Order(1)
  void aRunOfHeaderOnlyTablesFailsAndLeavesTheLastPublication() throws Exception {
    // given: every table's file holds its header and no row
    Path input = Files.createDirectories(folder.resolve("header-only"));
    for (SourceTable table : CONTRACT.sources()) {
      Files.writeString(
          input.resolve(table.table() + ".csv"),
          String.join(",", table.columnNames()) + "\n",
          StandardCharsets.UTF_8);
    }

    // when
    Outcome outcome = run(input);

    // then
    assertLastPublicationKept(outcome);
  }

  @Test
  @Order(2)
  void aRunWhoseLastTableIsRefusedAfterTheOthersWereIngestedLeavesTheLastPublication()
      throws Exception {
    // given: the district again, its last table in load order an empty file (refused)
    Path input = folder.resolve("last-table-refused");
    new DistrictGenerator(GenerateCommand.DEFAULT_SEED).writeTo(input);
    List<SourceTable> loadOrder = CONTRACT.sourcesInLoadOrder();
    Files.write(input.resolve(loadOrder.get(loadOrder.size() - 1).table() + ".csv"), new byte[0]);

    // when
    Outcome outcome = run(input);

    // then: the tables before it were ingested again, aside, and readers see none of them
    assertLastPublicationKept(outcome);
    String first = loadOrder.get(0).table();
    Path file = Path.of("raw", first, first + ".parquet");
    Path ingestedAside = output.resolve(Generations.GENERATIONS).resolve("next").resolve(file);
    assertThat(ingestedAside).isRegularFile();
    assertThat(Files.isSameFile(ingestedAside, output.resolve(file))).isFalse();
  }

  @Test
  @Order(3)
  void aRunKilledWhileComputingOrServingLeavesTheLastPublication() throws Exception {
    // given: next year's district
    Path workingDirectory = Files.createDirectories(folder.resolve("cwd"));

    // when: killed (the whole process tree, kill -9) once Spark wrote its first mart, then, run
    // again, once Spark finished and the run serves, publishes and writes the report
    for (String moment : List.of(" rows in ", "marts written to ")) {
      try (ChildRun child = ChildRun.start(workingDirectory, runArguments(nextYear))) {
        child.awaitLine(line -> line.contains(moment), PATIENCE);
        child.killEverything();
      }

      // then
      assertThat(TreeSnapshot.published(output)).as(moment).isEqualTo(lastPublication);
    }
  }

  @Test
  @Order(4)
  void aRunWhoseCommandAloneIsStoppedTakesTheJvmsItStartedWithIt() throws Exception {
    // given: next year's district, ingesting (the ingestion JVM has loaded a table; the Spark JVM
    // is started and stopped the same way, by ModuleLauncher)
    Path workingDirectory = Files.createDirectories(folder.resolve("cwd"));
    try (ChildRun child = ChildRun.start(workingDirectory, runArguments(nextYear))) {
      child.awaitLine(line -> line.contains(" rows read"), PATIENCE);

      // when: only ./jianfu's own JVM is stopped (SIGTERM)
      List<ProcessHandle> started = child.stopTheCommandOnly();

      // then: the JVMs it started are gone with it (it waits for them as it stops), so that none
      // goes on writing the next generation; not merely gone soon after, which a JVM left running
      // would also be once it finished its work
      assertThat(started).isNotEmpty().noneMatch(ProcessHandle::isAlive);
    }
    assertThat(TreeSnapshot.published(output)).isEqualTo(lastPublication);
  }

  @Test
  @Order(5)
  void theNextRunToCompleteReplacesTheWholePublicationAndLeavesNoOtherGeneration()
      throws Exception {
    // when: next year's district runs to the end, after the failures and kills before
    Outcome outcome = run(nextYear);

    // then
    assertThat(outcome.exitCode()).as(outcome.errors()).isZero();
    TreeSnapshot published = TreeSnapshot.published(output);
    assertThat(published).isNotEqualTo(lastPublication);
    assertThat(published.entries().keySet())
        .as("the same files, with other contents")
        .containsAll(
            lastPublication.entries().keySet().stream()
                .filter(entry -> !entry.startsWith("marts/") && !entry.startsWith("work/"))
                .toList());
    try (Stream<Path> generations = Files.list(output.resolve(Generations.GENERATIONS))) {
      assertThat(generations).containsExactly(output.resolve(Generations.CURRENT).toRealPath());
    }
    assertThat(firstGeneration).doesNotExist();
    assertThat(usersFiles()).as("the user's files, the input among them").isEqualTo(usersFiles);
  }

  @Test
  @Order(6)
  void aRunIsRefusedWhereItWouldHideAFileOfTheUsersInAPublishedFolder() throws Exception {
    // given: a file of the user's inside a published folder, which a run replaces whole
    Path mine = output.resolve("public").resolve("mine.txt");
    Files.writeString(mine, "my own table");
    TreeSnapshot before = TreeSnapshot.of(folder);

    // when
    Outcome refused = run(nextYear);

    // then: refused, naming the file, and nothing is touched
    assertThat(refused.exitCode()).isEqualTo(FailureReporter.FAILED);
    assertThat(refused.errors())
        .contains("jianfu did not write " + mine)
        .contains("(nothing was changed)")
        .hasLineCount(1);
    assertThat(TreeSnapshot.of(folder)).isEqualTo(before);
  }

  private static List<TreeSnapshot> usersFiles() throws Exception {
    return List.of(TreeSnapshot.of(nextYear), TreeSnapshot.of(output.resolve("notes.txt")));
  }

  private static void assertLastPublicationKept(Outcome outcome) throws Exception {
    assertThat(outcome.exitCode()).isEqualTo(FailureReporter.FAILED);
    assertThat(outcome.errors())
        .contains("; the last publication in " + output + " is kept as it was");
    assertThat(TreeSnapshot.published(output)).isEqualTo(lastPublication);
  }

  private static Outcome run(Path input) {
    return Outcome.of(runArguments(input).toArray(String[]::new));
  }

  private static List<String> runArguments(Path input) {
    return List.of("run", "--input", input.toString(), "--output", output.toString());
  }
}
