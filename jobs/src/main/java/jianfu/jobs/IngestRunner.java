package jianfu.jobs;

import java.time.Duration;
import jianfu.jobs.ingest.IngestCounts;
import jianfu.jobs.ingest.IngestLauncher;
import jianfu.jobs.ingest.IngestTarget;
import jianfu.jobs.ingest.jdbc.IngestSources;
import jianfu.jobs.ingest.read.RefusedFileException;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Ingests the requested tables in load order (org_units, departments and applications before the
 * tables that refer to them, so references resolve against loaded rows), one job launch per table,
 * and stops at the first table that fails.
 */
@Component
class IngestRunner implements ApplicationRunner, ExitCodeGenerator {

  private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);
  private static final double MILLIS_PER_SECOND = 1000.0;

  private final IngestArguments arguments;
  private final Contract contract;
  private final IngestLauncher launcher;
  private final IngestSources sources;
  private int exitCode;

  IngestRunner(
      IngestArguments arguments,
      Contract contract,
      IngestLauncher launcher,
      IngestSources sources) {
    this.arguments = arguments;
    this.contract = contract;
    this.launcher = launcher;
    this.sources = sources;
  }

  @Override
  public void run(ApplicationArguments ignored) {
    // a wrong source setting stops the run before any table, as a wrong command line does
    sources.check(contract);
    for (SourceTable table : arguments.tablesIn(contract)) {
      if (!ingest(new IngestTarget(table.table(), arguments.input(), arguments.output()))) {
        exitCode = IngestApplication.FAILED;
        return;
      }
    }
  }

  private boolean ingest(IngestTarget target) {
    JobExecution execution;
    try {
      execution = launcher.launch(target);
    } catch (JobExecutionException e) {
      log.error("{}: the job could not be launched: {}", target.table(), e.getMessage());
      log.debug("launch failure", e);
      return false;
    }
    if (execution.getStatus() != BatchStatus.COMPLETED) {
      log.error("{}: {}", target.table(), failureOf(execution));
      execution.getAllFailureExceptions().forEach(failure -> log.debug("failure", failure));
      return false;
    }
    IngestCounts counts = IngestCounts.from(execution.getExecutionContext());
    long millis = Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis();
    log.info(
        "{}: {} rows read, {} loaded, {} collapsed, {} quarantined ({} rows/s)",
        target.table(),
        counts.read(),
        counts.loaded(),
        counts.collapsed(),
        counts.quarantined(),
        Math.round(counts.read() * MILLIS_PER_SECOND / Math.max(millis, 1)));
    return true;
  }

  /** One line that says what to fix: a refused file's own message, else the root cause. */
  private static String failureOf(JobExecution execution) {
    Throwable root = null;
    for (Throwable failure : execution.getAllFailureExceptions()) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof RefusedFileException) {
          return cause.getMessage() + "; nothing of this table was published";
        }
        root = cause;
      }
    }
    return root == null
        ? "the job ended " + execution.getStatus()
        : root.getClass().getSimpleName()
            + ": "
            + root.getMessage()
            + " (run with --verbose for details)";
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
