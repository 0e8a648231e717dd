package jianfu.jobs.ingest;

import static jianfu.jobs.ingest.ParquetQueries.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBatchTest
@SpringBootTest(
    classes = IngestJobTestConfiguration.class,
    properties = "spring.datasource.url=jdbc:h2:mem:functional;DB_CLOSE_DELAY=-1")
class IngestLauncherTest {

  @Autowired IngestLauncher launcher;
  @Autowired JobRepository jobRepository;
  @TempDir Path input;
  @TempDir Path output;

  @Test
  void restartsTheRunAProcessLeftRunningWhenItWasKilled() throws Exception {
    // given: the job repository says run 1 is still running, as a killed process leaves it
    Files.writeString(
        input.resolve("departments.csv"), "dept_code,dept_name,category\nD01,民政局,GOVERNMENT\n");
    IngestTarget target = new IngestTarget("departments", input, output);
    JobParameters runOne = target.jobParameters(1);
    JobInstance instance = jobRepository.createJobInstance("ingest", runOne);
    JobExecution killed =
        jobRepository.createJobExecution(instance, runOne, new ExecutionContext());
    killed.setStatus(BatchStatus.STARTED);
    killed.setStartTime(LocalDateTime.now());
    jobRepository.update(killed);

    // when
    JobExecution execution = launcher.launch(target);

    // then
    assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(execution.getJobInstance().getInstanceId()).isEqualTo(instance.getInstanceId());
    assertThat(jobRepository.getJobExecution(killed.getId()).getStatus())
        .isEqualTo(BatchStatus.FAILED);
    assertThat(
            rows(
                "SELECT dept_code FROM {}",
                new OutputLayout(output, Contract.load()).raw("departments")))
        .containsExactly("D01");
  }

  @Test
  void passesOverARunAKilledProcessRecordedWithoutAnExecution() throws Exception {
    // given: run 1 completed; run 2 recorded, but its process was killed before its first
    // execution was
    Files.writeString(
        input.resolve("departments.csv"), "dept_code,dept_name,category\nD01,民政局,GOVERNMENT\n");
    IngestTarget target = new IngestTarget("departments", input, output);
    assertThat(launcher.launch(target).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    jobRepository.createJobInstance("ingest", target.jobParameters(2));

    // when
    JobExecution execution = launcher.launch(target);

    // then
    assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(execution.getJobParameters().getLong("run")).isEqualTo(3);
  }

  @Test
  void startsANewRunWhenTheStagedRowsOfAFailedRunAreGone() throws Exception {
    // given: a run staged its rows, then failed to publish them; then its staging folder was
    // deleted
    OutputLayout layout = new OutputLayout(output, Contract.load());
    IngestTarget target = new IngestTarget("departments", input, output);
    runThatFailedToPublish(layout, target);
    layout.staging("departments").delete();

    // when
    JobExecution execution = launcher.launch(target);

    // then
    assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(execution.getJobParameters().getLong("run")).isEqualTo(2);
    assertThat(rows("SELECT dept_code FROM {}", layout.raw("departments"))).containsExactly("D01");
  }

  @Test
  void startsANewRunWhenAnEarlierBuildStagedTheRowsOfAFailedRun() throws Exception {
    // given: as above, but the staging folder holds a segment in the Parquet format of builds
    // before CSV segments, which this build cannot read back
    OutputLayout layout = new OutputLayout(output, Contract.load());
    IngestTarget target = new IngestTarget("departments", input, output);
    runThatFailedToPublish(layout, target);
    Path staging = layout.staging("departments").folder();
    layout.staging("departments").delete();
    Files.createDirectories(staging);
    Files.writeString(staging.resolve("000000000-staged.parquet"), "rows of an earlier build");

    // when
    JobExecution execution = launcher.launch(target);

    // then: a new run ingested the table, and deleted the earlier build's segment with its folder
    assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(execution.getJobParameters().getLong("run")).isEqualTo(2);
    assertThat(rows("SELECT dept_code FROM {}", layout.raw("departments"))).containsExactly("D01");
    assertThat(staging).doesNotExist();
  }

  /**
   * A run of departments that staged its row, then failed to publish it (a file stood where the raw
   * folder goes; it is removed again).
   */
  private void runThatFailedToPublish(OutputLayout layout, IngestTarget target) throws Exception {
    Files.writeString(
        input.resolve("departments.csv"), "dept_code,dept_name,category\nD01,民政局,GOVERNMENT\n");
    Path obstacle = layout.raw("departments").getParent();
    Files.writeString(obstacle, "in the way");
    assertThat(launcher.launch(target).getStatus()).isEqualTo(BatchStatus.FAILED);
    Files.delete(obstacle);
  }

  @Test
  void startsANewRunWhenTheLastOneCompleted() throws Exception {
    // given
    Files.writeString(
        input.resolve("departments.csv"), "dept_code,dept_name,category\nD01,民政局,GOVERNMENT\n");
    IngestTarget target = new IngestTarget("departments", input, output);
    JobExecution first = launcher.launch(target);

    // when
    JobExecution second = launcher.launch(target);

    // then
    assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(second.getJobInstance().getInstanceId())
        .isNotEqualTo(first.getJobInstance().getInstanceId());
    assertThat(second.getJobParameters().getLong("run")).isEqualTo(2);
  }
}
