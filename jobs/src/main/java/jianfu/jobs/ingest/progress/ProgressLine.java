package jianfu.jobs.ingest.progress;

import java.time.Duration;
import java.util.Locale;

/**
 * One progress line of a table: rows read so far, rows per second, time elapsed. A restarted step
 * counts the rows read before the restart among the rows read, but not in its rate.
 *
 * <pre>work_items: 1,250,000 rows read, 24,310 rows/s, 0:51 elapsed</pre>
 */
record ProgressLine(String table, long rowsBefore, long rowsNow, Duration elapsed) {

  private static final long SECONDS_PER_HOUR = 3600;
  private static final long SECONDS_PER_MINUTE = 60;
  private static final double NANOS_PER_SECOND = 1e9;

  @Override
  public String toString() {
    String before =
        rowsBefore == 0
            ? ""
            : String.format(Locale.ROOT, " (%,d of them before the restart)", rowsBefore);
    return String.format(
        Locale.ROOT,
        "%s: %,d rows read%s, %,d rows/s, %s elapsed",
        table,
        rowsBefore + rowsNow,
        before,
        rowsPerSecond(),
        clock(elapsed));
  }

  private long rowsPerSecond() {
    return Math.round(rowsNow * NANOS_PER_SECOND / Math.max(elapsed.toNanos(), 1));
  }

  /** m:ss, or h:mm:ss from an hour on. */
  private static String clock(Duration elapsed) {
    long seconds = elapsed.toSeconds();
    long minutes = seconds / SECONDS_PER_MINUTE % SECONDS_PER_MINUTE;
    long hours = seconds / SECONDS_PER_HOUR;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % SECONDS_PER_MINUTE)
        : String.format(Locale.ROOT, "%d:%02d", minutes, seconds % SECONDS_PER_MINUTE);
  }
}
