package jianfu.jobs.ingest;

import java.nio.file.Path;
import jianfu.jobs.ingest.stage.StagingSegments;
import jianfu.schemas.Contract;

/**
 * Where ingestion writes under the output folder: {@code raw/T/}, {@code quarantine/T/}, {@code
 * warnings/T/}, {@code audit/ingest_audit/T.parquet}, and {@code work/} for what is not published
 * (staging files, the job repository).
 */
public final class OutputLayout {

  private static final String RAW = "raw";
  private static final String AUDIT = "audit";
  private static final String WARNINGS = "warnings";
  private static final String WORK = "work";
  private static final String PARQUET = ".parquet";

  private final Path output;
  private final String quarantine;
  private final String audit;

  public OutputLayout(Path output, Contract contract) {
    this.output = output;
    this.quarantine = contract.quarantine().table();
    this.audit = contract.ingestAudit().table();
  }

  /** The output folder itself. */
  public Path output() {
    return output;
  }

  /** The folder of files that are never published. */
  public static Path work(Path output) {
    return output.resolve(WORK);
  }

  public Path raw(String table) {
    return output.resolve(RAW).resolve(table);
  }

  /** The one Parquet file of the table's loaded rows. */
  public Path rawFile(String table) {
    return raw(table).resolve(parquetFile(table));
  }

  public Path quarantine(String table) {
    return output.resolve(quarantine).resolve(table);
  }

  public Path warnings(String table) {
    return output.resolve(WARNINGS).resolve(table);
  }

  public Path audit(String table) {
    return output.resolve(AUDIT).resolve(audit).resolve(parquetFile(table));
  }

  /** The CSV segments the stage step writes and the commit step reads. */
  public StagingSegments staging(String table) {
    return new StagingSegments(work(output).resolve(table + ".staging"));
  }

  /** Where the commit step writes the table's new outputs before swapping them in. */
  public Path committing(String table) {
    return work(output).resolve(table + ".committing");
  }

  /** Where the commit step moves the table's previous outputs while swapping. */
  public Path replaced(String table) {
    return work(output).resolve(table + ".replaced");
  }

  /** The name of the one Parquet file in each of the table's folders. */
  public static String parquetFile(String table) {
    return table + PARQUET;
  }
}
