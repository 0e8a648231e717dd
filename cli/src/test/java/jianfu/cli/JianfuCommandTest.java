package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class JianfuCommandTest {

  @TempDir Path folder;

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"demo", "generate", "run", "report", "dashboards"}) {
      // given
      StringWriter out = new StringWriter();
      CommandLine commandLine = JianfuCommand.commandLine();
      commandLine.setOut(new PrintWriter(out));

      // when
      int exitCode = commandLine.execute(command, "--help");

      // then
      assertThat(exitCode).isZero();
      assertThat(out.toString()).contains("Usage: jianfu " + command).contains("--output");
    }
  }

  @Test
  void aMissingInputFolderFailsWithAMessageAndNoStackTrace() {
    // given
    StringWriter err = new StringWriter();
    CommandLine commandLine = JianfuCommand.commandLine();
    commandLine.setErr(new PrintWriter(err));
    Path missing = folder.resolve("no-such-folder");

    // when
    int exitCode =
        commandLine.execute(
            "run", "--input", missing.toString(), "--output", folder.resolve("out").toString());

    // then
    assertThat(exitCode).isEqualTo(FailureReporter.FAILED);
    assertThat(err.toString())
        .contains("input folder " + missing + " does not exist")
        .doesNotContain("\tat ");
  }

  @Test
  void aReportWithoutAServedFileSaysToRunFirst() {
    // given
    StringWriter err = new StringWriter();
    CommandLine commandLine = JianfuCommand.commandLine();
    commandLine.setErr(new PrintWriter(err));

    // when
    int exitCode = commandLine.execute("report", "--output", folder.toString());

    // then
    assertThat(exitCode).isEqualTo(FailureReporter.FAILED);
    assertThat(err.toString())
        .contains("no served database at " + folder.resolve("serving/jianfu.duckdb"))
        .contains("./jianfu run")
        .doesNotContain("\tat ");
  }

  @Test
  void aMissingArgumentIsAUsageError() {
    // given
    StringWriter err = new StringWriter();
    CommandLine commandLine = JianfuCommand.commandLine();
    commandLine.setErr(new PrintWriter(err));

    // when
    int exitCode = commandLine.execute("run", "--input", folder.toString());

    // then
    assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("Missing required option: '--output=<output>'");
  }
}
