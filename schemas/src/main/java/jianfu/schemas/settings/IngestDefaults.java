package jianfu.schemas.settings;

/**
 * The defaults of the {@code ingest:} section of conf/jianfu.yml. The ingestion (jianfu-jobs, a
 * Spring Boot application) binds that section through Spring, so that {@code --ingest.x=value} and
 * {@code ${ENV}} placeholders work there; only the defaults live here, as constants, so that a
 * Spring placeholder default can name them.
 */
public final class IngestDefaults {

  /** {@code ingest.chunk_size}: rows per Spring Batch chunk. */
  public static final String CHUNK_SIZE = "20000";

  /** {@code ingest.workers}: tables ingested at the same time (each after those it needs). */
  public static final String WORKERS = "2";

  /** {@code ingest.progress_interval}: least time between two progress lines off a terminal. */
  public static final String PROGRESS_INTERVAL = "10s";

  /**
   * {@code ingest.duckdb_memory_limit}: what ingestion's DuckDB may hold in memory, for all the
   * tables in progress together.
   */
  public static final String DUCKDB_MEMORY_LIMIT = "512MB";

  /** {@code ingest.max_record_size}: the most one CSV record may hold, as UTF-8. */
  public static final String MAX_RECORD_SIZE = "1MB";

  private IngestDefaults() {}
}
