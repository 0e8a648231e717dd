package jianfu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The exit code and the error output of a {@code ./jianfu} command run in this JVM. */
record Outcome(int exitCode, String errors) {

  static Outcome of(String... arguments) {
    StringWriter errors = new StringWriter();
    CommandLine command = JianfuCommand.commandLine();
    command.setErr(new PrintWriter(errors, true));
    int exitCode = command.execute(arguments);
    return new Outcome(exitCode, errors.toString());
  }
}
