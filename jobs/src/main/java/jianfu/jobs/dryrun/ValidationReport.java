package jianfu.jobs.dryrun;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToLongFunction;
import jianfu.jobs.ingest.IngestCounts;

/**
 * The findings of a validation, table by table in load order. {@code strict}: warnings count as
 * problems (validate --strict); otherwise rows that would load with warnings keep a report clean.
 */
public record ValidationReport(Path input, List<TableFindings> tables, boolean strict) {

  /** Nothing would be quarantined or refused (nor, when strict, warned), and every table read. */
  public boolean clean() {
    return tables.stream().allMatch(table -> table.clean(strict));
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

  /** Rows that would load with at least one warning. */
  public long rowsWarned() {
    return sum(IngestCounts::warned);
  }

  public long warnings() {
    return tables.stream().mapToLong(table -> table.warnings().size()).sum();
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
    return tables.stream().filter(table -> !table.clean(strict)).count();
  }

  private long sum(ToLongFunction<IngestCounts> count) {
    return tables.stream().flatMap(table -> table.counts().stream()).mapToLong(count).sum();
  }
}
