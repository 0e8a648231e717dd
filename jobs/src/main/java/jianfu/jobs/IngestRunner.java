package jianfu.jobs;

import jianfu.jobs.ingest.IngestCounts;
import jianfu.jobs.ingest.jdbc.IngestSources;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;

/** Ingests the requested tables in load order and stops at the first table that fails. */
class IngestRunner extends TablesRunner {

  private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);
  private static final double MILLIS_PER_SECOND = 1000.0;

  private final IngestSources sources;

  IngestRunner(
      IngestArguments arguments,
      Contract contract,
      TableIngestion ingestion,
      IngestSources sources) {
    super(arguments, contract, ingestion);
    this.sources = sources;
  }

  @Override
  public void run(ApplicationArguments ignored) {
    // a wrong source setting stops the run before any table, as a wrong command line does
    sources.check(contract());
    for (SourceTable table : tables()) {
      TableOutcome outcome = ingest(table);
      if (outcome instanceof TableOutcome.Failed failed) {
        log.error(
            "{}: {}",
            table.table(),
            failed.refusals().isEmpty()
                ? failed.error()
                : failed.error() + "; nothing of this table was published");
        exitWith(IngestApplication.FAILED);
        return;
      }
      report(table.table(), (TableOutcome.Completed) outcome);
    }
  }

  private static void report(String table, TableOutcome.Completed completed) {
    IngestCounts counts = completed.counts();
    log.info(
        "{}: {} rows read, {} loaded, {} collapsed, {} quarantined ({} rows/s); {} loaded with"
            + " warnings",
        table,
        counts.read(),
        counts.loaded(),
        counts.collapsed(),
        counts.quarantined(),
        Math.round(counts.read() * MILLIS_PER_SECOND / Math.max(completed.elapsed().toMillis(), 1)),
        counts.warned());
  }
}
