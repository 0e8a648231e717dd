package jianfu.jobs.ingest;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What one launch of the ingest job works on: a table, the input folder and the output folder. With
 * a run number these are the job's identifying parameters.
 */
public record IngestTarget(String table, Path input, Path output) {

  static final String TABLE = "table";
  static final String INPUT = "input";
  static final String OUTPUT = "output";
  static final String RUN = "run";

  public IngestTarget {
    input = input.toAbsolutePath().normalize();
    output = output.toAbsolutePath().normalize();
  }

  /** The target of a launch, from the job parameters as step-scoped beans see them. */
  static IngestTarget of(Map<String, Object> jobParameters) {
    return new IngestTarget(
        (String) jobParameters.get(TABLE),
        Path.of((String) jobParameters.get(INPUT)),
        Path.of((String) jobParameters.get(OUTPUT)));
  }

  static IngestTarget of(JobParameters jobParameters) {
    return new IngestTarget(
        jobParameters.getString(TABLE),
        Path.of(jobParameters.getString(INPUT)),
        Path.of(jobParameters.getString(OUTPUT)));
  }

  /** The job parameters of run number {@code run} of this target. */
  public JobParameters jobParameters(long run) {
    return new JobParametersBuilder()
        .addString(TABLE, table)
        .addString(INPUT, input.toString())
        .addString(OUTPUT, output.toString())
        .addLong(RUN, run)
        .toJobParameters();
  }
}
