package jianfu.jobs.ingest.commit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jianfu.jobs.ingest.IngestCounts;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.jobs.ingest.duckdb.WorkDatabase;
import jianfu.jobs.ingest.duckdb.Workspace;
import jianfu.jobs.ingest.jdbc.PullWindow;
import jianfu.jobs.ingest.jdbc.RememberedWatermark;
import jianfu.jobs.ingest.read.AuditedSource;
import jianfu.jobs.ingest.read.RecordCountingReader;
import jianfu.jobs.ingest.stage.StagedRows;
import jianfu.jobs.ingest.stage.StagingSegments;
import jianfu.schemas.Contract;
import jianfu.schemas.FileTrees;
import jianfu.schemas.SourceTable;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Publishes a staged table: resolves keys and the table's references to itself, writes the loaded
 * rows (with the rows an incremental pull keeps, and the watermark it reached), the quarantine, the
 * warnings of the loaded rows and the audit to a folder under work/, swaps them into place and
 * deletes the staged segments. Everything it reads is staged or already published, so a failed
 * publication can simply run again: an incremental one that had swapped the raw rows in replaces
 * the same rows by key again.
 */
public class CommitTasklet implements Tasklet {

  private static final Logger log = LoggerFactory.getLogger(CommitTasklet.class);

  private static final String RAW = "raw";
  private static final String QUARANTINE = "quarantine";
  private static final String AUDIT = "audit";
  private static final String WARNINGS = "warnings";

  private final Contract contract;
  private final SourceTable table;
  private final List<AuditedSource> sources;
  private final OutputLayout layout;
  private final WorkDatabase database;

  public CommitTasklet(
      Contract contract,
      SourceTable table,
      List<AuditedSource> sources,
      OutputLayout layout,
      WorkDatabase database) {
    this.contract = contract;
    this.table = table;
    this.sources = sources;
    this.layout = layout;
    this.database = database;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws Exception {
    String name = table.table();
    String fileName = OutputLayout.parquetFile(name);
    log.info("{}: committing the staged rows", name);
    Path committing = layout.committing(name);
    FileTrees.delete(committing);
    for (String folder : List.of(RAW, QUARANTINE, WARNINGS, AUDIT)) {
      Files.createDirectories(committing.resolve(folder));
    }
    ExecutionContext jobContext =
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    Optional<PullWindow> pull = PullWindow.from(jobContext);
    IngestCounts counts;
    StagingSegments segments = layout.staging(name);
    try (Workspace workspace = database.workspace()) {
      DuckDBConnection duck = workspace.connection();
      StagedRows.read(duck, table, contract.quarantine(), segments);
      Classification classification = new Classification(duck, table, contract.quarantine());
      classification.classifyByKey();
      Path previous =
          pull.filter(PullWindow::incremental).map(window -> layout.rawFile(name)).orElse(null);
      KeptRows.define(duck, table, previous);
      new SelfReferences(contract, table).resolve(workspace);
      classification.keepWarningsOfLoadedRows();
      ParquetExport export = new ParquetExport(table, contract.quarantine());
      export.writeLoaded(
          duck,
          committing.resolve(RAW).resolve(fileName),
          previous != null,
          pull.map(RememberedWatermark::metadata).orElse(Map.of()));
      export.writeQuarantined(duck, committing.resolve(QUARANTINE).resolve(fileName));
      export.writeWarnings(duck, committing.resolve(WARNINGS).resolve(fileName));
      counts =
          new IngestAudit(name, contract.ingestAudit())
              .write(
                  duck,
                  sources,
                  RecordCountingReader.recordsIn(jobContext),
                  committing.resolve(AUDIT).resolve(fileName));
    }
    FileTrees.replace(layout.raw(name), committing.resolve(RAW), layout.replaced(name));
    FileTrees.replace(
        layout.quarantine(name), committing.resolve(QUARANTINE), layout.replaced(name));
    FileTrees.replace(layout.warnings(name), committing.resolve(WARNINGS), layout.replaced(name));
    FileTrees.replace(
        layout.audit(name), committing.resolve(AUDIT).resolve(fileName), layout.replaced(name));
    FileTrees.delete(committing);
    segments.delete();
    counts.putInto(jobContext);
    return RepeatStatus.FINISHED;
  }
}
