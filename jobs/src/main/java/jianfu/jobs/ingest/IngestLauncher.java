package jianfu.jobs.ingest;

import java.util.List;
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
 * its own number, so ingesting the same input again is a new run, never a completed instance.
 */
@Component
public class IngestLauncher {

  private static final Logger log = LoggerFactory.getLogger(IngestLauncher.class);
  private static final int PAGE = 100;

  private final JobOperator jobOperator;
  private final JobRepository jobRepository;
  private final Job ingestJob;

  public IngestLauncher(JobOperator jobOperator, JobRepository jobRepository, Job ingestJob) {
    this.jobOperator = jobOperator;
    this.jobRepository = jobRepository;
    this.ingestJob = ingestJob;
  }

  public JobExecution launch(IngestTarget target) throws JobExecutionException {
    JobExecution last = lastExecution(target);
    if (last == null) {
      return jobOperator.start(ingestJob, target.jobParameters(1));
    }
    BatchStatus status = last.getStatus();
    if (status.isRunning() || status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
      log.info("{}: restarting the run that ended {}", target.table(), status);
      JobExecution unfinished = status.isRunning() ? jobOperator.recover(last) : last;
      return jobOperator.restart(unfinished);
    }
    long run = last.getJobParameters().getLong(IngestTarget.RUN) + 1;
    return jobOperator.start(ingestJob, target.jobParameters(run));
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
