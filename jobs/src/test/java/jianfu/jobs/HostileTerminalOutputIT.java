package jianfu.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Hostile input on the terminal: {@code ./jianfu validate} (IngestApplication --validate) on a file
 * whose name, header and cells hold ESC sequences prints them escaped, in its report and its log
 * lines alike: nothing reaches the terminal that it would act on.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileTerminalOutputIT {

  private static final String RETITLE = "\u001b]0;pwned\u0007";

  @TempDir Path input;

  @Test
  void validateShowsControlCharactersOfFileNamesHeadersAndCellsEscaped(CapturedOutput console)
      throws Exception {
    // given: a departments file named with an ESC sequence and a line break (Linux allows both),
    // an unknown header that would clear the screen and a category that would retitle the terminal
    // (inside the cell: trimming takes control characters off its ends)
    Path hostile;
    try {
      hostile = input.resolve("departments-" + RETITLE + "\n.csv");
      Files.writeString(
          hostile,
          "dept_code,dept_name,category,note\u001b[2J\nD01,民政局,\"PARTY" + RETITLE + "X\",\n",
          StandardCharsets.UTF_8);
    } catch (InvalidPathException e) {
      assumeTrue(false, "this file system takes no control characters in a file name: " + e);
      return;
    }

    // when
    int exitCode =
        IngestApplication.run("--validate", "--input", input.toString(), "--tables", "departments");

    // then: stdout (the report, the log) and stderr alike
    assertThat(exitCode).as("exit code").isEqualTo(1);
    assertThat(console.getAll())
        .doesNotContain("\u001b", "\u0007")
        .contains(
            "  departments-\\u001b]0;pwned\\u0007\\u000a.csv:2  category  BAD_ENUM  "
                + "'PARTY\\u001b]0;pwned\\u0007X' is not one of")
        .contains("columns [note\\u001b[2J] are not in the contract");
  }
}
