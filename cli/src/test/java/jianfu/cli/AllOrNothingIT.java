package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * byte for byte, until a run completes; then they get the new one, whole. One output folder, its
 * publication made once, then run into again and again (in this order).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AllOrNothingIT {

  /** How long to wait for a line of a run's output: long, for a machine busy with other work. */
  private static final Duration PATIENCE = Duration.ofMinutes(5);

  private static final Contract CONTRACT = Contract.load();

  @TempDir static Path folder;
  private static Path output;
  private static TreeSnapshot lastPublication;

  @BeforeAll
  static void aCompletePublication() throws Exception {
    Path input = folder.resolve("district");
    new DistrictGenerator(GenerateCommand.DEFAULT_SEED).writeTo(input);
    output = folder.resolve("output");
    Outcome first = run(input);
    assertThat(first.exitCode()).as(first.errors()).isZero();
    lastPublication = TreeSnapshot.published(output);
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
    Path input = folder.resolve("next-year");
    new DistrictGenerator(GenerateCommand.DEFAULT_SEED + 1).writeTo(input);
    Path workingDirectory = Files.createDirectories(folder.resolve("cwd"));

    // when: killed (the whole process tree, kill -9) once Spark wrote its first mart, then, run
    // again, once Spark finished and the run serves, publishes and writes the report
    for (String moment : List.of(" rows in ", "marts written to ")) {
      try (ChildRun child = ChildRun.start(workingDirectory, runArguments(input))) {
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
    // given: next year's district, computing
    Path workingDirectory = Files.createDirectories(folder.resolve("cwd"));
    try (ChildRun child =
        ChildRun.start(workingDirectory, runArguments(folder.resolve("next-year")))) {
      child.awaitLine(line -> line.contains(" rows in "), PATIENCE);

      // when: only ./jianfu's own JVM is stopped (SIGTERM)
      List<ProcessHandle> started = child.stopTheCommandOnly();

      // then: the Spark JVM it started does not go on writing the next generation
      assertThat(started).isNotEmpty();
      for (ProcessHandle jvm : started) {
        jvm.onExit().get(30, TimeUnit.SECONDS);
      }
    }
    assertThat(TreeSnapshot.published(output)).isEqualTo(lastPublication);
  }

  @Test
  @Order(5)
  void theNextRunToCompleteReplacesTheWholePublicationAndLeavesNoOtherGeneration()
      throws Exception {
    // when: next year's district runs to the end, after the failures and kills before
    Outcome outcome = run(folder.resolve("next-year"));

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
      assertThat(generations).containsExactly(output.resolve("current").toRealPath());
    }
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
