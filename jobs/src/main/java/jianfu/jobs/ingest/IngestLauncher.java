package jianfu.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import jianfu.jobs.ingest.stage.StagingSegments;
import jianfu.jobs.ingest.stage.StagingWriter;
import jianfu.schemas.Contract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Launches the ingest job for one target: restarts the target's last run when it did not finish
 * (failed, stopped, or left running by a killed process), otherwise starts a new run. Each run has
 * its own number, so ingesting the same input again is a new run, never a completed instance; a
 * number a killed process recorded without an execution is passed over. A run whose staging folder
 * was deleted cannot be restarted (the rows it staged are gone), nor one an earlier build staged in
 * another format: a new run starts instead.
 */
@Component
public class IngestLauncher {

  private static final Logger log = LoggerFactory.getLogger(IngestLauncher.class);
  private static final int PAGE = 100;

  private final JobOperator jobOperator;
  private final JobRepository jobRepository;
  private final Job ingestJob;
  private final Contract contract;

  public IngestLauncher(
      JobOperator jobOperator, JobRepository jobRepository, Job ingestJob, Contract contract) {
    this.jobOperator = jobOperator;
    this.jobRepository = jobRepository;
    this.ingestJob = ingestJob;
    this.contract = contract;
  }

  public JobExecution launch(IngestTarget target) throws JobExecutionException {
    JobExecution last = lastExecution(target);
    if (last != null && unfinished(last.getStatus())) {
      if (!lostStagedRows(last, target)) {
        log.info("{}: restarting the run that ended {}", target.table(), last.getStatus());
        return jobOperator.restart(last.getStatus().isRunning() ? jobOperator.recover(last) : last);
      }
      log.warn(
          "{}: the staged rows of the run that ended {} are gone (or were staged by an earlier"
              + " build, in another format); starting a new run",
          target.table(),
          last.getStatus());
    }
    long run = last == null ? 1 : last.getJobParameters().getLong(IngestTarget.RUN) + 1;
    while (recordedWithoutExecution(target, run)) {
      run++;
    }
    return jobOperator.start(ingestJob, target.jobParameters(run));
  }

  /**
   * Whether the run was recorded but has no execution: Spring Batch records a run and then its
   * first execution, and a process killed in between leaves a run it can neither restart nor start
   * again ("Cannot find any job execution for job instance"), so the next number is taken.
   */
  private boolean recordedWithoutExecution(IngestTarget target, long run) {
    return jobRepository.getJobInstance(ingestJob.getName(), target.jobParameters(run)) != null;
  }

  /** Failed, stopped, or still marked running because its process was killed. */
  private static boolean unfinished(BatchStatus status) {
    return status.isRunning() || status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
  }

  /**
   * Whether the run staged rows its staging folder no longer holds, or holds as an earlier build
   * wrote them (in a format this one does not read): a restart would skip them.
   */
  private boolean lostStagedRows(JobExecution last, IngestTarget target) {
    boolean staged =
        last.getStepExecutions().stream()
            .anyMatch(step -> StagingWriter.hasStaged(step.getExecutionContext()));
    StagingSegments segments = new OutputLayout(target.output(), contract).staging(target.table());
    try {
      return staged && (!Files.exists(segments.folder()) || segments.holdsEarlierFormat());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the staging folder " + segments.folder(), e);
    }
  }

  /** The last execution of the target's newest run, or null if it never ran. */
  private JobExecution lastExecution(IngestTarget target) {
    String job = ingestJob.getName();
    for (int start = 0; ; start += PAGE) {
      List<JobInstance> newestFirst = jobRepository.getJobInstances(job, start, PAGE);
      for (JobInstance instance : newestFirst) {
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last != null && IngestTarget.of(last.getJobParameters()).equals(target)) {
          return last;
        }
      }
      if (newestFirst.size() < PAGE) {
        return null;
      }
    }
  }
}
