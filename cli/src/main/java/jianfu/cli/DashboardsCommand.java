package jianfu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jianfu.dashboards.superset.SupersetBundle;
import jianfu.schemas.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jianfu dashboards}: the Superset import bundle, pointing at the served DuckDB file. */
@Command(
    name = "dashboards",
    mixinStandardHelpOptions = true,
    description = {
      "Write the Superset import bundle (ZIP) for the served DuckDB file.",
      "It holds a read-only database on that file, a dataset per mart, the charts",
      "and the dashboards. Import it with:",
      "  superset import-dashboards -p FILE.zip -u <admin>"
    })
final class DashboardsCommand implements Callable<Integer> {

  @Option(names = "--output", required = true, description = "ZIP file to write.")
  Path output;

  @Option(
      names = "--duckdb-path",
      defaultValue = "out/demo/serving/jianfu.duckdb",
      description =
          "The served DuckDB file as the Superset server sees it, made absolute"
              + " (default: ${DEFAULT-VALUE}).")
  Path duckdbPath;

  @Override
  public Integer call() throws Exception {
    Path duckdb = duckdbPath.toAbsolutePath().normalize();
    Path zip =
        new SupersetBundle(ProjectHome.get().resolve(SupersetBundle.FOLDER)).write(output, duckdb);
    System.out.println(
        "wrote "
            + TerminalText.escape(zip)
            + " (database: duckdb:///"
            + TerminalText.escape(duckdb)
            + ", read-only)");
    if (!Files.isRegularFile(duckdb)) {
      System.out.println(
          "note: "
              + TerminalText.escape(duckdb)
              + " does not exist here; fine if that is the path on the Superset host,"
              + " otherwise run ./jianfu demo or ./jianfu run first");
    }
    return 0;
  }
}
