package jianfu.jobs.dryrun;

import java.util.ArrayList;
import java.util.List;
import jianfu.jobs.ingest.IngestCounts;
import jianfu.schemas.TerminalText;

/**
 * The text of a validation report: each table's problems as {@code file:line column REASON detail},
 * its refused files and the warnings of the rows that would load (in the same form), then one count
 * line per table, then a verdict. It is printed on a terminal, so every text from the input (file
 * names, the messages quoting cells, the input path) is shown through TerminalText.
 */
public final class ReportPrinter {

  private static final String ROW = "%-20s %6s %10s %11s %15s %17s %10s %8s%n";
  private static final String NONE = "-";

  private ReportPrinter() {}

  public static String render(ValidationReport report) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            "Validation of %s (a dry run: nothing was written)%n",
            TerminalText.escape(report.input().toString())));
    for (TableFindings table : report.tables()) {
      if (!table.clean() || table.hasWarnings()) {
        text.append(System.lineSeparator());
        appendFindings(text, table);
      }
    }
    text.append(System.lineSeparator());
    text.append(
        String.format(
            ROW,
            "table",
            "files",
            "rows read",
            "would load",
            "would collapse",
            "would quarantine",
            "would warn",
            "refused"));
    report.tables().forEach(table -> text.append(countLine(table)));
    text.append(System.lineSeparator()).append(verdict(report)).append(System.lineSeparator());
    return text.toString();
  }

  private static void appendFindings(StringBuilder text, TableFindings table) {
    text.append(String.format("%s: %s%n", table.table(), headline(table)));
    for (String referred : table.seenEmpty()) {
      text.append(
          String.format(
              "  note: %s published nothing, so every reference of %s to it is reported unknown"
                  + " here%n",
              referred, table.table()));
    }
    table.problems().forEach(problem -> appendProblem(text, problem));
    table
        .refusals()
        .forEach(refusal -> text.append(String.format("  %s%n", TerminalText.escape(refusal))));
    if (table.hasWarnings()) {
      text.append(String.format("  these rows would load, with a warning:%n"));
      table.warnings().forEach(warning -> appendProblem(text, warning));
    }
  }

  private static void appendProblem(StringBuilder text, Problem problem) {
    text.append(
        String.format(
            "  %s:%d  %s  %s  %s%n",
            TerminalText.escape(problem.file()),
            problem.line(),
            problem.column() == null ? NONE : TerminalText.escape(problem.column()),
            problem.reason(),
            TerminalText.escape(problem.detail())));
  }

  private static String headline(TableFindings table) {
    if (!table.refusals().isEmpty()) {
      return "refused, so none of its rows was checked (a refused file refuses its whole table)";
    }
    if (table.error().isPresent()) {
      return "could not be checked: " + TerminalText.escape(table.error().get());
    }
    List<String> found = new ArrayList<>();
    if (!table.clean()) {
      found.add(plural(table.problems().size(), "row") + " would be quarantined");
    }
    if (table.hasWarnings()) {
      found.add(warned(table.counts().get().warned(), table.warnings().size()));
    }
    return String.join("; ", found);
  }

  private static String warned(long rows, long warnings) {
    return plural(rows, "row") + " would load with " + plural(warnings, "warning");
  }

  private static String countLine(TableFindings table) {
    String refused = table.error().isPresent() ? NONE : String.valueOf(table.refusals().size());
    if (table.counts().isEmpty()) {
      return String.format(
          ROW, table.table(), table.files(), NONE, NONE, NONE, NONE, NONE, refused);
    }
    IngestCounts counts = table.counts().get();
    return String.format(
        ROW,
        table.table(),
        table.files(),
        counts.read(),
        counts.loaded(),
        counts.collapsed(),
        counts.quarantined(),
        counts.warned(),
        refused);
  }

  private static String verdict(ValidationReport report) {
    String absent =
        report.tablesWithoutFiles() == 0
            ? ""
            : String.format(
                "; %d of %s have no file",
                report.tablesWithoutFiles(), plural(report.tables().size(), "table"));
    String warned = warned(report.rowsWarned(), report.warnings());
    if (report.clean()) {
      return String.format(
          "CLEAN: nothing would be quarantined or refused; %s read, %d would collapse as identical"
              + " duplicates%s%s",
          plural(report.rowsRead(), "row"),
          report.rowsCollapsed(),
          report.warnings() == 0 ? "" : "; " + warned + " (--strict counts them)",
          absent);
    }
    List<String> found = new ArrayList<>();
    if (report.rowsQuarantined() > 0) {
      found.add(plural(report.rowsQuarantined(), "row") + " would be quarantined");
    }
    if (report.filesRefused() > 0) {
      found.add(plural(report.filesRefused(), "file") + " refused");
    }
    if (report.tablesFailed() > 0) {
      found.add(plural(report.tablesFailed(), "table") + " could not be checked");
    }
    if (report.strict() && report.warnings() > 0) {
      found.add(warned);
    }
    return String.format(
        "NOT CLEAN: %s, in %d of %s%s%s",
        String.join(", ", found),
        report.tablesNotClean(),
        plural(report.tables().size(), "table"),
        report.strict() || report.warnings() == 0 ? "" : "; " + warned,
        absent);
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
