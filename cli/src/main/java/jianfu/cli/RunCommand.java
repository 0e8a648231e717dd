package jianfu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jianfu run}: ingest a folder of source tables, compute the marts, serve them. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest <input>/<table>.csv or .xlsx, compute every indicator mart, build the served DuckDB file,",
      "the public files and the HTML report. Writes <output>/raw, quarantine, warnings, audit, marts,",
      "serving/jianfu.duckdb, public/ and report/index.html. Prints the headline of the latest final",
      "year and names later provisional years."
    })
final class RunCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "Folder holding the source tables.")
  Path input;

  @Option(names = "--output", required = true, description = "Folder for all outputs.")
  Path output;

  @Option(
      names = "--baseline-year",
      description = "Baseline year (default: conf, else the earliest year).")
  Integer baselineYear;

  @Option(names = "--conf", description = "Configuration file (default: conf/jianfu.yml).")
  Path configuration;

  @Option(names = "--master", description = "Spark master (default: conf spark.master, local[2]).")
  String master;

  @Override
  public Integer call() throws Exception {
    PipelineRun run =
        new PipelineRun(
            ProjectHome.get(), ProjectHome.configurationOr(configuration), baselineYear, master);
    RunReport report = run.execute(input, output);
    System.out.print(report.render());
    return 0;
  }
}
