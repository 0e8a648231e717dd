package jianfu.jobs.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import jianfu.jobs.ingest.commit.CommitTasklet;
import jianfu.jobs.ingest.duckdb.WorkDatabase;
import jianfu.jobs.ingest.duckdb.WorkDatabases;
import jianfu.jobs.ingest.jdbc.IngestSources;
import jianfu.jobs.ingest.jdbc.JdbcSource;
import jianfu.jobs.ingest.jdbc.JdbcSourceReader;
import jianfu.jobs.ingest.jdbc.PullWindow;
import jianfu.jobs.ingest.jdbc.PullWindowTasklet;
import jianfu.jobs.ingest.progress.ProgressOutput;
import jianfu.jobs.ingest.progress.StageProgressListener;
import jianfu.jobs.ingest.read.AuditedSource;
import jianfu.jobs.ingest.read.MalformedRecordException;
import jianfu.jobs.ingest.read.RecordCountingReader;
import jianfu.jobs.ingest.read.RecordSizeLimit;
import jianfu.jobs.ingest.read.SourceEncoding;
import jianfu.jobs.ingest.read.SourceRow;
import jianfu.jobs.ingest.read.SourceTableReader;
import jianfu.jobs.ingest.stage.QuarantineSkipListener;
import jianfu.jobs.ingest.stage.StagingWriter;
import jianfu.jobs.ingest.validate.PublishedReferences;
import jianfu.jobs.ingest.validate.ReferenceCheck;
import jianfu.jobs.ingest.validate.ReportingYearCheck;
import jianfu.jobs.ingest.validate.RowRejectedException;
import jianfu.jobs.ingest.validate.RowValidator;
import jianfu.jobs.ingest.validate.ValidRow;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import jianfu.schemas.settings.IngestDefaults;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one ingest job, for every source table: the job parameters name the table, and the contract
 * says what its rows must be. Step {@code source} checks a JDBC source and fixes which rows it
 * pulls; step {@code stage} reads (files, or the JDBC source configured in IngestSources),
 * validates and stages rows (rejected rows are skipped into the quarantine); step {@code commit}
 * resolves what needs the whole table and publishes it.
 */
@Configuration
@EnableConfigurationProperties(IngestSources.class)
public class IngestJobConfiguration {

  private static final String JOB_PARAMETERS = "#{jobParameters}";
  private static final String ENCODINGS = "ingest.encodings.";
  private static final String CHUNK_SIZE = "${ingest.chunk_size:" + IngestDefaults.CHUNK_SIZE + "}";
  private static final String PROGRESS_INTERVAL =
      "${ingest.progress_interval:" + IngestDefaults.PROGRESS_INTERVAL + "}";

  /** The work database's memory_limit: what DuckDB holds beyond the JVM's heap. */
  private static final String MEMORY_LIMIT =
      "${ingest.duckdb_memory_limit:" + IngestDefaults.DUCKDB_MEMORY_LIMIT + "}";

  @Bean
  Contract contract() {
    return Contract.load();
  }

  /** The one DuckDB every step works in, per output folder. */
  @Bean
  WorkDatabases workDatabases(@Value(MEMORY_LIMIT) String memoryLimit) {
    return new WorkDatabases(memoryLimit);
  }

  /** The published rows references resolve against, read once per run. */
  @Bean
  PublishedReferences publishedReferences(Contract contract) {
    return new PublishedReferences(contract);
  }

  @Bean
  Job ingestJob(JobRepository jobRepository, Step source, Step stage, Step commit) {
    return new JobBuilder("ingest", jobRepository).start(source).next(stage).next(commit).build();
  }

  /** Checks a JDBC source and fixes its PullWindow; a table read from files has nothing to do. */
  @Bean
  Step source(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      Tasklet sourceTasklet) {
    return new StepBuilder("source", jobRepository)
        .tasklet(sourceTasklet, transactionManager)
        .build();
  }

  @Bean
  @StepScope
  Tasklet sourceTasklet(
      Contract contract,
      IngestSources sources,
      @Value(JOB_PARAMETERS) Map<String, Object> jobParameters) {
    IngestTarget target = IngestTarget.of(jobParameters);
    SourceTable table = contract.source(target.table());
    Path publishedRaw = new OutputLayout(target.output(), contract).rawFile(table.table());
    return sources
        .jdbc(table)
        .<Tasklet>map(jdbc -> new PullWindowTasklet(table, jdbc, publishedRaw))
        .orElse((contribution, chunkContext) -> RepeatStatus.FINISHED);
  }

  /**
   * Built for each job execution when the job reaches it (job scope), so that the table's reader,
   * validator and writer are plain objects of its own: every row reaches them directly, where
   * step-scoped beans cost two proxy calls and two scope lookups per row (about a tenth of the
   * workers' CPU; docs/benchmarks.md). Built after the source step ran, so a JDBC reader takes the
   * window that step fixed, and a validator the reference tables published by then.
   */
  @Bean
  @JobScope
  Step stage(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      Contract contract,
      IngestSources sources,
      WorkDatabases databases,
      PublishedReferences publishedReferences,
      Environment environment,
      @Value(JOB_PARAMETERS) Map<String, Object> jobParameters,
      @Value("#{jobExecutionContext}") Map<String, Object> jobContext,
      @Value(CHUNK_SIZE) int chunkSize,
      @Value(PROGRESS_INTERVAL) String progressInterval)
      throws SQLException, IOException {
    IngestTarget target = IngestTarget.of(jobParameters);
    SourceTable table = contract.source(target.table());
    OutputLayout layout = new OutputLayout(target.output(), contract);
    WorkDatabase database = databases.of(target.output());
    StagingWriter stagingWriter =
        new StagingWriter(table, contract.quarantine(), layout.staging(table.table()));
    return new StepBuilder("stage", jobRepository)
        .<SourceRow, ValidRow>chunk(chunkSize)
        .transactionManager(transactionManager)
        .reader(
            new RecordCountingReader(
                sourceReader(table, target, sources, environment, jobContext, chunkSize)))
        .processor(
            new RowValidator(
                table,
                contract.reservedCodes(),
                ReferenceCheck.toOtherTables(
                    contract, table, publishedReferences.of(table, layout, database)),
                ReportingYearCheck.load(table, publishedReferences, layout, database)))
        .writer(stagingWriter)
        .faultTolerant()
        .skip(MalformedRecordException.class, RowRejectedException.class)
        .skipLimit(Long.MAX_VALUE)
        .skipListener(new QuarantineSkipListener(stagingWriter))
        .listener(stageProgressListener(table, progressInterval))
        .listener(recordsReadPromotion())
        .build();
  }

  /**
   * The stage step's count of records read per source and what it found in each file, for the
   * commit step's audit.
   */
  private static ExecutionContextPromotionListener recordsReadPromotion() {
    ExecutionContextPromotionListener promotion = new ExecutionContextPromotionListener();
    promotion.setKeys(new String[] {RecordCountingReader.RECORDS_READ, AuditedSource.FILES_READ});
    return promotion;
  }

  @Bean
  Step commit(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      CommitTasklet publishTasklet) {
    return new StepBuilder("commit", jobRepository)
        .tasklet(publishTasklet, transactionManager)
        .build();
  }

  /** The table's JDBC source when one is configured, else its files. */
  private static AbstractItemCountingItemStreamItemReader<SourceRow> sourceReader(
      SourceTable table,
      IngestTarget target,
      IngestSources sources,
      Environment environment,
      Map<String, Object> jobContext,
      int chunkSize) {
    return sources
        .jdbc(table)
        .<AbstractItemCountingItemStreamItemReader<SourceRow>>map(
            jdbc ->
                JdbcSourceReader.create(
                    table, jdbc, PullWindow.from(new ExecutionContext(jobContext)), chunkSize))
        .orElseGet(
            () ->
                new SourceTableReader(
                    table,
                    target.input(),
                    encoding(environment, table.table()),
                    recordSizeLimit(environment)));
  }

  /**
   * Per-table progress: {@code ingest.progress_interval} is the least time between two log lines
   * when no terminal shows the output (10s, 500ms; a plain number is seconds).
   */
  private static StageProgressListener stageProgressListener(SourceTable table, String interval) {
    return new StageProgressListener(
        table.table(),
        ProgressOutput.forThisProcess(DurationStyle.detectAndParse(interval, ChronoUnit.SECONDS)),
        System::nanoTime);
  }

  @Bean
  @StepScope
  CommitTasklet publishTasklet(
      Contract contract,
      IngestSources sources,
      WorkDatabases databases,
      @Value(JOB_PARAMETERS) Map<String, Object> jobParameters,
      @Value("#{jobExecutionContext}") Map<String, Object> jobContext)
      throws SQLException, IOException {
    IngestTarget target = IngestTarget.of(jobParameters);
    SourceTable table = contract.source(target.table());
    List<AuditedSource> audited =
        sources.jdbc(table).isPresent()
            ? List.of(new AuditedSource(JdbcSource.sourceName(table.table()), null, List.of()))
            : AuditedSource.filesIn(new ExecutionContext(jobContext));
    return new CommitTasklet(
        contract,
        table,
        audited,
        new OutputLayout(target.output(), contract),
        databases.of(target.output()));
  }

  /**
   * {@code ingest.max_record_size}, read when a step starts (like the encodings, so a test may set
   * it per table); a wrong setting fails the table, naming the setting.
   */
  private static RecordSizeLimit recordSizeLimit(Environment environment) {
    return RecordSizeLimit.of(
        environment.getProperty(RecordSizeLimit.PROPERTY, RecordSizeLimit.DEFAULT));
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
