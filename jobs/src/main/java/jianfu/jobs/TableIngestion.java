package jianfu.jobs;

import java.time.Duration;
import jianfu.jobs.ingest.IngestCounts;
import jianfu.jobs.ingest.IngestLauncher;
import jianfu.jobs.ingest.IngestTarget;
import jianfu.jobs.ingest.read.RefusedFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.stereotype.Component;

/** Ingests one table through the launcher and says how it ended, in terms a person can act on. */
@Component
class TableIngestion {

  private static final Logger log = LoggerFactory.getLogger(TableIngestion.class);

  private final IngestLauncher launcher;

  TableIngestion(IngestLauncher launcher) {
    this.launcher = launcher;
  }

  TableOutcome ingest(IngestTarget target) {
    JobExecution execution;
    try {
      execution = launcher.launch(target);
    } catch (JobExecutionException e) {
      log.debug("launch failure", e);
      return TableOutcome.Failed.error("the job could not be launched: " + e.getMessage());
    }
    if (execution.getStatus() != BatchStatus.COMPLETED) {
      execution.getAllFailureExceptions().forEach(failure -> log.debug("failure", failure));
      return failureOf(execution);
    }
    return new TableOutcome.Completed(
        IngestCounts.from(execution.getExecutionContext()),
        Duration.between(execution.getStartTime(), execution.getEndTime()));
  }

  /** The refused files' own messages, else the root cause. */
  private static TableOutcome.Failed failureOf(JobExecution execution) {
    Throwable root = null;
    for (Throwable failure : execution.getAllFailureExceptions()) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof RefusedFileException refused) {
          return TableOutcome.Failed.refused(refused.refusals());
        }
        root = cause;
      }
    }
    return TableOutcome.Failed.error(
        root == null
            ? "the job ended " + execution.getStatus()
            : root.getClass().getSimpleName()
                + ": "
                + root.getMessage()
                + " (run with --verbose for details)");
  }
}
