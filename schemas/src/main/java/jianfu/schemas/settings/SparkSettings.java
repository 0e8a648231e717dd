package jianfu.schemas.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code spark:} section of conf/jianfu.yml.
 *
 * @param master where Spark runs: local[N], spark://host:7077, yarn, k8s://...
 * @param settings Spark configuration entries (spark.sql.shuffle.partitions, ...)
 */
public record SparkSettings(String master, Map<String, String> settings) {

  public SparkSettings {
    Objects.requireNonNull(master, "spark.master must not be empty");
    settings = settings == null ? Map.of() : Map.copyOf(settings);
  }

  public static SparkSettings defaults() {
    return new SparkSettings("local[2]", Map.of());
  }

  /** The {@code spark:} section of {@code conf}, each missing key taking its default. */
  public static SparkSettings read(Path conf) {
    return SettingsFile.section(conf, "spark", defaults(), SparkSettings.class);
  }
}
