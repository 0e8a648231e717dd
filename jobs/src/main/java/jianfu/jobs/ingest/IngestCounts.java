package jianfu.jobs.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What happened to the rows of one table: rows read = loaded + collapsed + quarantined; {@code
 * warned} of the loaded rows have a warning.
 */
public record IngestCounts(long read, long loaded, long collapsed, long quarantined, long warned) {

  private static final String PREFIX = "ingest.rows.";

  public void putInto(ExecutionContext context) {
    context.putLong(PREFIX + "read", read);
    context.putLong(PREFIX + "loaded", loaded);
    context.putLong(PREFIX + "collapsed", collapsed);
    context.putLong(PREFIX + "quarantined", quarantined);
    context.putLong(PREFIX + "warned", warned);
  }

  public static IngestCounts from(ExecutionContext context) {
    return new IngestCounts(
        context.getLong(PREFIX + "read"),
        context.getLong(PREFIX + "loaded"),
        context.getLong(PREFIX + "collapsed"),
        context.getLong(PREFIX + "quarantined"),
        context.getLong(PREFIX + "warned"));
  }
}
