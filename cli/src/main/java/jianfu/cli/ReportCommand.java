package jianfu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import jianfu.dashboards.report.HtmlReport;
import jianfu.schemas.Contract;
import jianfu.schemas.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jianfu report}: the built-in HTML report of a run's served DuckDB file. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the built-in HTML report of a run: <output>/report/index.html, from",
      "<output>/serving/jianfu.duckdb. One file with its charts inside: open it from disk,",
      "no server and no network needed. ./jianfu run and ./jianfu demo write it too."
    })
final class ReportCommand implements Callable<Integer> {

  @Option(
      names = "--output",
      required = true,
      description = "The run's output folder (the one holding serving/jianfu.duckdb).")
  Path output;

  @Override
  public Integer call() throws Exception {
    OutputFolder folder = OutputFolder.existing(output);
    HtmlReport report = new HtmlReport(Contract.load());
    try (OutputFolder.Lock lock = folder.lock()) {
      Generations.of(folder).rewrite(HtmlReport.FOLDER, report::write);
    }
    Path page = HtmlReport.location(folder.path());
    System.out.println(
        "wrote the report "
            + TerminalText.escape(page)
            + " (open "
            + TerminalText.escape(page.toUri().toString())
            + ")");
    return 0;
  }
}
