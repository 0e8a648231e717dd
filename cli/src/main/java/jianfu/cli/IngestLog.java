package jianfu.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-table lines the ingestion JVM logs, {@code T: N rows read, … (R rows/s)}, as seconds of
 * ingestion per table (rows read over the logged rate; the JVM's start-up is not in it), and its
 * last line, {@code ingest: T tables, N rows read in S s (workers: W)}: the tables' wall time
 * together, less than their sum when tables ran at the same time.
 */
final class IngestLog {

  private static final Pattern TABLE_LINE =
      Pattern.compile(
          "(\\w+): (\\d+) rows read, \\d+ loaded, \\d+ collapsed, \\d+ quarantined \\((\\d+) rows/s\\)");

  private static final Pattern RUN_LINE =
      Pattern.compile("ingest: \\d+ tables, \\d+ rows read in ([0-9.]+) s");

  /** Rows read and seconds spent on one table. */
  record TableRate(long rowsRead, double seconds) {}

  private IngestLog() {}

  static Map<String, TableRate> parse(List<String> lines) {
    Map<String, TableRate> rates = new LinkedHashMap<>();
    for (String line : lines) {
      Matcher table = TABLE_LINE.matcher(line);
      if (table.find()) {
        long rows = Long.parseLong(table.group(2));
        long rowsPerSecond = Math.max(Long.parseLong(table.group(3)), 1);
        rates.put(table.group(1), new TableRate(rows, (double) rows / rowsPerSecond));
      }
    }
    return rates;
  }

  /** The wall time of all the tables together; empty when the log has no such line. */
  static OptionalDouble wallSeconds(List<String> lines) {
    for (String line : lines) {
      Matcher run = RUN_LINE.matcher(line);
      if (run.find()) {
        return OptionalDouble.of(Double.parseDouble(run.group(1)));
      }
    }
    return OptionalDouble.empty();
  }
}
