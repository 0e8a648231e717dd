package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jianfu.demo.DistrictGenerator;
import jianfu.demo.Flaw;
import jianfu.demo.GenerationSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./jianfu validate} on the demo district, in a JVM of its own as a user runs it. */
class ValidateCommandIT {

  /**
   * A problem or warning line: {@code file:line column REASON detail}, the file one of the table's.
   */
  private static final Pattern PROBLEM =
      Pattern.compile(
          "^  ([a-z_]+)(?:-[^:]*)?\\.csv:\\d+  \\S+  ([A-Z_]+)  .+$", Pattern.MULTILINE);

  @TempDir Path folder;

  @Test
  void listsEveryFlawedRowOfTheDemoAndExitsNonZeroWritingNothing() throws Exception {
    // given: the demo district, whose flaws are quarantined or loaded with a warning, but one
    // identical duplicate
    Path input = folder.resolve("input");
    GenerationSummary demo = new DistrictGenerator(GenerateCommand.DEFAULT_SEED).writeTo(input);
    List<Flaw> quarantined = demo.flaws().stream().filter(Flaw::quarantined).toList();
    List<Flaw> listed = demo.flaws().stream().filter(f -> f.quarantined() || f.warned()).toList();
    List<Path> inputFiles = filesUnder(input);
    Path workingDirectory = Files.createDirectories(folder.resolve("cwd"));

    // when
    JianfuProcess validate =
        JianfuProcess.run(workingDirectory, "validate", "--input", input.toString());
    String output = validate.output();

    // then
    assertThat(validate.exitCode()).as(output).isEqualTo(1);
    assertThat(problemsByTableAndReason(output)).isEqualTo(countByTableAndReason(listed));
    assertThat(output).contains("NOT CLEAN: " + quarantined.size() + " rows would be quarantined");
    assertThat(filesUnder(input)).isEqualTo(inputFiles);
    assertThat(filesUnder(workingDirectory)).isEmpty();
  }

  private static Map<String, Long> problemsByTableAndReason(String output) {
    Matcher problem = PROBLEM.matcher(output);
    List<String> found = new ArrayList<>();
    while (problem.find()) {
      found.add(problem.group(1) + " " + problem.group(2));
    }
    return found.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static Map<String, Long> countByTableAndReason(List<Flaw> flaws) {
    return flaws.stream()
        .collect(
            Collectors.groupingBy(
                flaw -> flaw.table() + " " + flaw.expected(), Collectors.counting()));
  }

  private static List<Path> filesUnder(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(path -> !path.equals(folder)).sorted().toList();
    }
  }
}
