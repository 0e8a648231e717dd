package jianfu.schemas.settings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code jvm:} section of conf/jianfu.yml: the most heap each JVM {@code ./jianfu} starts may
 * take ({@code -Xmx}), so that a run's memory has a ceiling the operator chose rather than a
 * quarter of the machine's. DuckDB's memory (ingestion's work files, the oracle) is native and
 * capped apart ({@code ingest.duckdb_memory_limit}).
 *
 * @param jobsHeap ingestion (Spring Batch)
 * @param pipelinesHeap the Spark driver, which in local mode is also the executor
 * @param oracleHeap the DuckDB oracle {@code ./jianfu bench} times
 * @param classDataSharing whether the jobs and pipelines JVMs start from a class-data archive of
 *     their module (made by their first run after each build), which cuts their start-up
 */
public record JvmSettings(
    String jobsHeap, String pipelinesHeap, String oracleHeap, Boolean classDataSharing) {

  private static final Pattern SIZE = Pattern.compile("[1-9][0-9]*[mMgG]");

  public JvmSettings {
    check("jobs_heap", jobsHeap);
    check("pipelines_heap", pipelinesHeap);
    check("oracle_heap", oracleHeap);
    if (classDataSharing == null) {
      throw new IllegalArgumentException("jvm.class_data_sharing must be true or false");
    }
  }

  public static JvmSettings defaults() {
    return new JvmSettings("1g", "2560m", "1g", true);
  }

  /** The {@code jvm:} section of {@code conf}, each missing key taking its default. */
  public static JvmSettings read(Path conf) {
    return SettingsFile.section(conf, "jvm", defaults(), JvmSettings.class);
  }

  /**
   * The heap of the JVM that runs {@code module} (jobs, pipelines, oracle), as -Xmx takes it; none
   * for another module (the cli's own JVM is started by the ./jianfu script, before any conf).
   */
  public Optional<String> heapOf(String module) {
    return Optional.ofNullable(
        switch (module) {
          case "jobs" -> jobsHeap;
          case "pipelines" -> pipelinesHeap;
          case "oracle" -> oracleHeap;
          default -> null;
        });
  }

  private static void check(String key, String size) {
    if (size == null || !SIZE.matcher(size).matches()) {
      throw new IllegalArgumentException(
          "jvm." + key + " must be a size like 768m or 3g, not '" + size + "'");
    }
  }
}
