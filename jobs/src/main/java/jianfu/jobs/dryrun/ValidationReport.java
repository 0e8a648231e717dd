package jianfu.jobs.dryrun;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToLongFunction;
import jianfu.jobs.ingest.IngestCounts;

/** The findings of a validation, table by table in load order. */
public record ValidationReport(Path input, List<TableFindings> tables) {

  /** Nothing would be quarantined or refused, and every table could be read. */
  public boolean clean() {
    return tables.stream().allMatch(TableFindings::clean);
  }

  public long rowsRead() {
    return sum(IngestCounts::read);
  }

  public long rowsCollapsed() {
    return sum(IngestCounts::collapsed);
  }

  public long rowsQuarantined() {
    return sum(IngestCounts::quarantined);
  }

  public long filesRefused() {
    return tables.stream().mapToLong(table -> table.refusals().size()).sum();
  }

  /** Tables that could not be read for another reason than refused files. */
  public long tablesFailed() {
    return tables.stream().filter(table -> table.error().isPresent()).count();
  }

  /** Tables absent from the input folder: they would be published empty. */
  public long tablesWithoutFiles() {
    return tables.stream().filter(table -> table.files() == 0).count();
  }

  public long tablesNotClean() {
    return tables.stream().filter(table -> !table.clean()).count();
  }

  private long sum(ToLongFunction<IngestCounts> count) {
    return tables.stream().flatMap(table -> table.counts().stream()).mapToLong(count).sum();
  }
}
