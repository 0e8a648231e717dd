package jianfu.jobs.ingest;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import jianfu.jobs.ingest.progress.ProgressOutput;
import jianfu.jobs.ingest.progress.StageProgressListener;
import jianfu.jobs.ingest.publish.PublishTasklet;
import jianfu.jobs.ingest.read.CsvSourceReader;
import jianfu.jobs.ingest.read.MalformedRecordException;
import jianfu.jobs.ingest.read.SourceEncoding;
import jianfu.jobs.ingest.read.SourceRow;
import jianfu.jobs.ingest.stage.QuarantineSkipListener;
import jianfu.jobs.ingest.stage.StagingWriter;
import jianfu.jobs.ingest.validate.ReferenceCheck;
import jianfu.jobs.ingest.validate.ReferenceData;
import jianfu.jobs.ingest.validate.RowRejectedException;
import jianfu.jobs.ingest.validate.RowValidator;
import jianfu.jobs.ingest.validate.ValidRow;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one ingest job, for every source table: the job parameters name the table, and the contract
 * says what its rows must be. Step {@code stage} reads, validates and stages rows (rejected rows
 * are skipped into the quarantine); step {@code publish} resolves what needs the whole table and
 * publishes it.
 */
@Configuration
public class IngestJobConfiguration {

  private static final String JOB_PARAMETERS = "#{jobParameters}";
  private static final String ENCODINGS = "ingest.encodings.";

  /** The work file's DuckDB memory_limit: what DuckDB holds beyond the JVM's heap. */
  private static final String MEMORY_LIMIT = "${ingest.duckdb_memory_limit:512MB}";

  @Bean
  Contract contract() {
    return Contract.load();
  }

  @Bean
  Job ingestJob(JobRepository jobRepository, Step stage, Step publish) {
    return new JobBuilder("ingest", jobRepository).start(stage).next(publish).build();
  }

  @Bean
  Step stage(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      CsvSourceReader sourceReader,
      RowValidator rowValidator,
      StagingWriter stagingWriter,
      QuarantineSkipListener quarantineSkipListener,
      StageProgressListener stageProgressListener,
      @Value("${ingest.chunk_size:5000}") int chunkSize) {
    return new StepBuilder("stage", jobRepository)
        .<SourceRow, ValidRow>chunk(chunkSize)
        .transactionManager(transactionManager)
        .reader(sourceReader)
        .processor(rowValidator)
        .writer(stagingWriter)
        .faultTolerant()
        .skip(MalformedRecordException.class, RowRejectedException.class)
        .skipLimit(Long.MAX_VALUE)
        .skipListener(quarantineSkipListener)
        .listener(stageProgressListener)
        .build();
  }

  @Bean
  Step publish(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      PublishTasklet publishTasklet) {
    return new StepBuilder("publish", jobRepository)
        .tasklet(publishTasklet, transactionManager)
        .build();
  }

  @Bean
  @StepScope
  CsvSourceReader sourceReader(
      Contract contract,
      Environment environment,
      @Value(JOB_PARAMETERS) Map<String, Object> jobParameters) {
    IngestTarget target = IngestTarget.of(jobParameters);
    return new CsvSourceReader(
        contract.source(target.table()), target.input(), encoding(environment, target.table()));
  }

  @Bean
  @StepScope
  RowValidator rowValidator(
      Contract contract, @Value(JOB_PARAMETERS) Map<String, Object> jobParameters)
      throws SQLException {
    IngestTarget target = IngestTarget.of(jobParameters);
    SourceTable table = contract.source(target.table());
    ReferenceData published =
        ReferenceData.load(contract, table, new OutputLayout(target.output(), contract));
    return new RowValidator(table, ReferenceCheck.toOtherTables(contract, table, published));
  }

  @Bean
  @StepScope
  StagingWriter stagingWriter(
      Contract contract,
      @Value(JOB_PARAMETERS) Map<String, Object> jobParameters,
      @Value(MEMORY_LIMIT) String memoryLimit) {
    IngestTarget target = IngestTarget.of(jobParameters);
    return new StagingWriter(
        contract.source(target.table()),
        contract.quarantine(),
        new OutputLayout(target.output(), contract).workFile(target.table()),
        memoryLimit);
  }

  @Bean
  @StepScope
  QuarantineSkipListener quarantineSkipListener(StagingWriter stagingWriter) {
    return new QuarantineSkipListener(stagingWriter);
  }

  /**
   * Per-table progress: {@code ingest.progress_interval} is the least time between two log lines
   * when no terminal shows the output (10s, 500ms; a plain number is seconds).
   */
  @Bean
  @StepScope
  StageProgressListener stageProgressListener(
      @Value(JOB_PARAMETERS) Map<String, Object> jobParameters,
      @Value("${ingest.progress_interval:10s}") String interval) {
    return new StageProgressListener(
        IngestTarget.of(jobParameters).table(),
        ProgressOutput.forThisProcess(DurationStyle.detectAndParse(interval, ChronoUnit.SECONDS)),
        System::nanoTime);
  }

  @Bean
  @StepScope
  PublishTasklet publishTasklet(
      Contract contract,
      Environment environment,
      @Value(JOB_PARAMETERS) Map<String, Object> jobParameters,
      @Value(MEMORY_LIMIT) String memoryLimit) {
    IngestTarget target = IngestTarget.of(jobParameters);
    return new PublishTasklet(
        contract,
        contract.source(target.table()),
        target.input(),
        encoding(environment, target.table()),
        new OutputLayout(target.output(), contract),
        memoryLimit);
  }

  /** The table's {@code ingest.encodings.T} (a charset name); absent, the encoding is detected. */
  private static SourceEncoding encoding(Environment environment, String table) {
    String property = ENCODINGS + table;
    try {
      return SourceEncoding.configured(environment.getProperty(property));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(property + ": " + e.getMessage(), e);
    }
  }
}
