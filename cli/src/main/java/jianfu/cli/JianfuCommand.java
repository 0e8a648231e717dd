package jianfu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jianfu}: the analytics pipeline of the community work access system. */
@Command(
    name = "jianfu",
    mixinStandardHelpOptions = true,
    version = "jianfu 0.1.0",
    description =
        "Community work access (社区工作准入制) analytics: ingest, compute indicators, serve, report.",
    subcommands = {
      DemoCommand.class,
      GenerateCommand.class,
      RunCommand.class,
      ValidateCommand.class,
      PublishCommand.class,
      ReportCommand.class,
      DashboardsCommand.class,
      BenchCommand.class
    })
public final class JianfuCommand {

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces on failure.")
  boolean verbose;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new JianfuCommand());
    commandLine.setExecutionExceptionHandler(new FailureReporter());
    return commandLine;
  }
}
