package jianfu.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import jianfu.jobs.ingest.IngestCounts;
import jianfu.jobs.ingest.jdbc.IngestSources;
import jianfu.jobs.ingest.read.SourceFiles;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;

/**
 * Ingests the requested tables, each after the tables it needs, on ingest.workers threads
 * (TableSchedule); once a table fails no other starts. Ends with one line for the whole run.
 */
class IngestRunner extends TablesRunner {

  private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);
  private static final double MILLIS_PER_SECOND = 1000.0;
  private static final double NANOS_PER_SECOND = 1e9;

  private final IngestSources sources;
  private final TableSchedule schedule;

  IngestRunner(
      IngestArguments arguments,
      Contract contract,
      TableIngestion ingestion,
      IngestSources sources,
      int workers) {
    super(arguments, contract, ingestion);
    this.sources = sources;
    this.schedule = new TableSchedule(contract, workers);
  }

  @Override
  public void run(ApplicationArguments ignored) throws InterruptedException {
    // a wrong source setting stops the run before any table, as a wrong command line does
    sources.check(contract());
    long start = System.nanoTime();
    Map<SourceTable, TableOutcome> outcomes =
        schedule.run(tables(), this::inputBytes, this::ingest, this::ended);
    if (outcomes.values().stream().anyMatch(TableOutcome.Failed.class::isInstance)) {
      exitWith(IngestApplication.FAILED);
      return;
    }
    log.info(
        "ingest: {} tables, {} rows read in {} s (workers: {})",
        outcomes.size(),
        outcomes.values().stream()
            .mapToLong(outcome -> ((TableOutcome.Completed) outcome).counts().read())
            .sum(),
        String.format(Locale.ROOT, "%.3f", (System.nanoTime() - start) / NANOS_PER_SECOND),
        schedule.workers());
  }

  /** The size of the table's files: how the schedule weighs it (0 for a pull from a database). */
  private long inputBytes(SourceTable table) {
    if (sources.jdbc(table).isPresent()) {
      return 0;
    }
    try {
      long bytes = 0;
      for (Path file : SourceFiles.find(arguments.input(), table.table())) {
        bytes += Files.size(file);
      }
      return bytes;
    } catch (IOException unreadable) {
      return 0; // the table's own reader reports what is wrong with its files
    }
  }

  private void ended(SourceTable table, TableOutcome outcome) {
    if (outcome instanceof TableOutcome.Failed failed) {
      log.error(
          "{}: {}",
          table.table(),
          failed.refusals().isEmpty()
              ? failed.error()
              : failed.error() + "; nothing of this table was published");
    } else {
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
