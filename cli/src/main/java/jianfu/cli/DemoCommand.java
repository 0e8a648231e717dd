package jianfu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import jianfu.demo.Scale;
import jianfu.schemas.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jianfu demo}: generate the demo district, run everything, print the headline. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Generate the demo district, ingest it, compute every indicator, serve it, write the report,"
            + " print the headline.")
final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--output",
      defaultValue = "out/demo",
      description = "Folder for everything (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--seed",
      defaultValue = "" + GenerateCommand.DEFAULT_SEED,
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    // The folder is claimed before the input is written into it: a run takes only a new, empty or
    // jianfu-written folder, and never touches input/ there.
    Path input =
        GeneratedInput.prepare(OutputFolder.claim(output).path(), Scale.DISTRICT, seed, false);
    RunReport report =
        new PipelineRun(ProjectHome.get(), ProjectHome.defaultConfiguration(), null, null)
            .execute(input, output);
    System.out.print(report.render());
    System.out.printf(
        "%nReport: %s (open it in a browser)%n",
        TerminalText.escape(report.report().toUri().toString()));
    System.out.printf("%ndemo finished in %.1f s%n", (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
