package jianfu.jobs.ingest;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/** What happened to the rows of one table: rows read = loaded + collapsed + quarantined. */
public record IngestCounts(long read, long loaded, long collapsed, long quarantined) {

  private static final String PREFIX = "ingest.rows.";

  public void putInto(ExecutionContext context) {
    context.putLong(PREFIX + "read", read);
    context.putLong(PREFIX + "loaded", loaded);
    context.putLong(PREFIX + "collapsed", collapsed);
    context.putLong(PREFIX + "quarantined", quarantined);
  }

  public static IngestCounts from(ExecutionContext context) {
    return new IngestCounts(
        context.getLong(PREFIX + "read"),
        context.getLong(PREFIX + "loaded"),
        context.getLong(PREFIX + "collapsed"),
        context.getLong(PREFIX + "quarantined"));
  }
}
