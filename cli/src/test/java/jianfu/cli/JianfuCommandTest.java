package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class JianfuCommandTest {

  @TempDir Path folder;

  @Test
  void everyCommandHasHelp() {
    Map<String, String> optionOfCommand =
        Map.of(
            "demo", "--output",
            "generate", "--output",
            "run", "--output",
            "publish", "--output",
            "report", "--output",
            "validate", "--input",
            "dashboards", "--output",
            "bench", "--runs");
    optionOfCommand.forEach(
        (command, option) -> {
          // given
          StringWriter out = new StringWriter();
          CommandLine commandLine = JianfuCommand.commandLine();
          commandLine.setOut(new PrintWriter(out));

          // when
          int exitCode = commandLine.execute(command, "--help");

          // then
          assertThat(exitCode).isZero();
          assertThat(out.toString()).contains("Usage: jianfu " + command).contains(option);
        });
  }

  @Test
  void validatingAMissingInputFolderIsAUsageError() {
    // given
    StringWriter err = new StringWriter();
    Path missing = folder.resolve("no-such-folder");

    // when
    int exitCode = execute(err, "validate", "--input", missing.toString());

    // then
    assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString())
        .contains("input folder " + missing + " does not exist")
        .doesNotContain("\tat ");
  }

  @Test
  void aMissingInputFolderFailsWithAMessageAndNoStackTrace() {
    // given
    StringWriter err = new StringWriter();
    Path missing = folder.resolve("no-such-folder");

    // when
    int exitCode =
        execute(
            err,
            "run",
            "--input",
            missing.toString(),
            "--output",
            folder.resolve("out").toString());

    // then
    assertThat(exitCode).isEqualTo(FailureReporter.FAILED);
    assertThat(err.toString())
        .contains("input folder " + missing + " does not exist")
        .doesNotContain("\tat ");
  }

  @Test
  void aReportOfAFolderNoRunWroteSaysToRunFirst() throws Exception {
    // given: a folder jianfu never wrote, and one it claimed but has published nothing in yet
    Path claimed = OutputFolder.claim(folder.resolve("claimed")).path();
    StringWriter notWritten = new StringWriter();
    StringWriter notPublished = new StringWriter();

    // when
    int notWrittenExit = execute(notWritten, "report", "--output", folder.toString());
    int notPublishedExit = execute(notPublished, "report", "--output", claimed.toString());

    // then
    assertThat(List.of(notWrittenExit, notPublishedExit)).containsOnly(FailureReporter.FAILED);
    assertThat(notWritten.toString())
        .contains(folder + " was not written by a jianfu run")
        .contains("./jianfu run")
        .doesNotContain("\tat ");
    assertThat(notPublished.toString())
        .contains(claimed + " holds no publication yet: run ./jianfu run")
        .doesNotContain("\tat ");
  }

  @Test
  void aFailureQuotingControlCharactersShowsThemEscaped() {
    // given: an input folder name that would retitle the terminal (ESC ] 0 ; ... BEL)
    StringWriter err = new StringWriter();
    Path hostile = folder.resolve("in\u001b]0;pwned\u0007put");

    // when
    int exitCode =
        execute(
            err,
            "run",
            "--input",
            hostile.toString(),
            "--output",
            folder.resolve("out").toString());

    // then
    assertThat(exitCode).isEqualTo(FailureReporter.FAILED);
    assertThat(err.toString())
        .contains("in\\u001b]0;pwned\\u0007put")
        .doesNotContain("\u001b")
        .doesNotContain("\u0007");
  }

  @Test
  void aMissingArgumentIsAUsageError() {
    // given
    StringWriter err = new StringWriter();

    // when
    int exitCode = execute(err, "run", "--input", folder.toString());

    // then
    assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("Missing required option: '--output=<output>'");
  }

  /** Runs the command line, its error output going to {@code err}, and returns its exit code. */
  private static int execute(StringWriter err, String... arguments) {
    CommandLine commandLine = JianfuCommand.commandLine();
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(arguments);
  }
}
