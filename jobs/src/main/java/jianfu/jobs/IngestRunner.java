package jianfu.jobs;

import jianfu.jobs.ingest.IngestCounts;
import jianfu.jobs.ingest.IngestTarget;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Ingests the requested tables in load order (org_units, departments and applications before the
 * tables that refer to them, so references resolve against loaded rows), one job launch per table,
 * and stops at the first table that fails.
 */
class IngestRunner implements ApplicationRunner, ExitCodeGenerator {

  private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);
  private static final double MILLIS_PER_SECOND = 1000.0;

  private final IngestArguments arguments;
  private final Contract contract;
  private final TableIngestion ingestion;
  private int exitCode;

  IngestRunner(IngestArguments arguments, Contract contract, TableIngestion ingestion) {
    this.arguments = arguments;
    this.contract = contract;
    this.ingestion = ingestion;
  }

  @Override
  public void run(ApplicationArguments ignored) {
    for (SourceTable table : arguments.tablesIn(contract)) {
      TableOutcome outcome =
          ingestion.ingest(new IngestTarget(table.table(), arguments.input(), arguments.output()));
      if (outcome instanceof TableOutcome.Failed failed) {
        log.error(
            "{}: {}",
            table.table(),
            failed.refusals().isEmpty()
                ? failed.error()
                : failed.error() + "; nothing of this table was published");
        exitCode = IngestApplication.FAILED;
        return;
      }
      report(table.table(), (TableOutcome.Completed) outcome);
    }
  }

  private static void report(String table, TableOutcome.Completed completed) {
    IngestCounts counts = completed.counts();
    log.info(
        "{}: {} rows read, {} loaded, {} collapsed, {} quarantined ({} rows/s)",
        table,
        counts.read(),
        counts.loaded(),
        counts.collapsed(),
        counts.quarantined(),
        Math.round(
            counts.read() * MILLIS_PER_SECOND / Math.max(completed.elapsed().toMillis(), 1)));
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
