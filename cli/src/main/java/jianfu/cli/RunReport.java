package jianfu.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.dashboards.report.HtmlReport;
import jianfu.dashboards.serving.Headline;
import jianfu.dashboards.serving.ServedFile;
import jianfu.dashboards.serving.ServingDatabase;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputTable;
import jianfu.schemas.TerminalText;

/**
 * What a run produced: the reconciliation per table, the marts' sizes, where things are, and the
 * district headline (the headline year's, naming later provisional years).
 */
record RunReport(
    Path output,
    Path served,
    Path report,
    List<TableReconciliation> reconciliation,
    Map<String, Long> martRows,
    Timings timings,
    Headline headline) {

  record Timings(double ingestSeconds, double computeSeconds, double serveSeconds) {}

  /** One table's rows; {@code warned} rows are loaded rows with a warning (ingest_warnings). */
  record TableReconciliation(
      String table,
      long files,
      long read,
      long loaded,
      long collapsed,
      long quarantined,
      long warned) {}

  static RunReport read(Path output, Path served, Path report, Timings timings)
      throws SQLException {
    try (Connection connection = ServedFile.openReadOnly(served);
        Statement statement = connection.createStatement()) {
      List<TableReconciliation> reconciliation = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT table_name, count(*) AS files, sum(rows_read), sum(rows_loaded), sum(rows_collapsed),"
                  + " sum(rows_quarantined), sum(rows_warned) FROM ingest_audit GROUP BY table_name"
                  + " ORDER BY table_name")) {
        while (rows.next()) {
          reconciliation.add(
              new TableReconciliation(
                  rows.getString(1),
                  rows.getLong(2),
                  rows.getLong(3),
                  rows.getLong(4),
                  rows.getLong(5),
                  rows.getLong(6),
                  rows.getLong(7)));
        }
      }
      Map<String, Long> martRows = new LinkedHashMap<>();
      for (OutputTable mart : Contract.load().marts()) {
        try (ResultSet count =
            statement.executeQuery("SELECT count(*) FROM \"" + mart.table() + "\"")) {
          count.next();
          martRows.put(mart.table(), count.getLong(1));
        }
      }
      return new RunReport(
          output, served, report, reconciliation, martRows, timings, Headline.read(served));
    }
  }

  /** This report with the paths readers use under {@code output}, once it is published there. */
  RunReport publishedIn(Path output) {
    return new RunReport(
        output,
        ServingDatabase.location(output),
        HtmlReport.location(output),
        reconciliation,
        martRows,
        timings,
        headline);
  }

  String render() {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            "%nIngested (every row read is loaded, collapsed or quarantined; warned rows are"
                + " loaded with a warning):%n"));
    text.append(
        String.format(
            "  %-25s %6s %10s %10s %10s %12s %8s%n",
            "table", "files", "read", "loaded", "collapsed", "quarantined", "warned"));
    for (TableReconciliation table : reconciliation) {
      text.append(
          String.format(
              "  %-25s %6d %10d %10d %10d %12d %8d%n",
              table.table(),
              table.files(),
              table.read(),
              table.loaded(),
              table.collapsed(),
              table.quarantined(),
              table.warned()));
    }
    text.append(String.format("%nMarts:%n"));
    martRows.forEach((mart, rows) -> text.append(String.format("  %-28s %8d rows%n", mart, rows)));
    text.append(
        String.format(
            "%nTimes: ingest %.1f s, compute %.1f s, serve, publish and report %.1f s%n",
            timings.ingestSeconds(), timings.computeSeconds(), timings.serveSeconds()));
    text.append(String.format("%nOutputs:%n"));
    Map<String, Path> outputs = new LinkedHashMap<>();
    outputs.put("raw Parquet", output.resolve("raw"));
    outputs.put("quarantine", output.resolve("quarantine"));
    outputs.put("warnings", output.resolve("warnings"));
    outputs.put("ingest audit", output.resolve("audit"));
    outputs.put("marts (Parquet)", output.resolve("marts"));
    outputs.put("served DuckDB", served);
    outputs.put("public files", output.resolve("public"));
    outputs.put("report (HTML)", report);
    outputs.forEach(
        (what, where) ->
            text.append(String.format("  %-16s %s%n", what, TerminalText.escape(where))));
    text.append(String.format("%n"));
    text.append(headline.render());
    return text.toString();
  }
}
