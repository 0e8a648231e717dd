package jianfu.pipelines.config;

import java.util.Map;
import java.util.TreeMap;
import jianfu.schemas.settings.SparkSettings;
import org.apache.spark.SparkConf;

/**
 * The Spark master and settings a run starts its session with, the first place that names a key
 * winning: the {@code --master} option, then spark-submit (its {@code --master}, {@code --conf} and
 * spark-defaults.conf reach the driver as {@code spark.*} system properties), then the {@code
 * spark:} section of conf/jianfu.yml. Two defaults come last: the application's name {@code
 * jianfu-pipelines}, and for a local master a driver bound to the loopback interface (a run on one
 * machine needs no network, and the machine's name need not resolve). A cluster's driver must be
 * reachable, so it gets no such default.
 *
 * @param master the master to start the session with
 * @param settings the entries to set on the session; spark-submit's are left out, since the session
 *     reads them itself
 */
public record SessionSettings(String master, Map<String, String> settings) {

  private static final Map<String, String> LOOPBACK =
      Map.of("spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1");

  public SessionSettings {
    settings = Map.copyOf(settings);
  }

  /**
   * @param masterOption the {@code --master} option, or null
   * @param submitted what spark-submit set ({@code new SparkConf()}; empty outside spark-submit)
   * @param configured the {@code spark:} section of conf/jianfu.yml
   */
  public static SessionSettings resolve(
      String masterOption, SparkConf submitted, SparkSettings configured) {
    String master =
        masterOption != null ? masterOption : submitted.get("spark.master", configured.master());
    Map<String, String> settings = new TreeMap<>(Map.of("spark.app.name", "jianfu-pipelines"));
    if (master.startsWith("local")) {
      settings.putAll(LOOPBACK);
    }
    settings.putAll(configured.settings());
    settings.keySet().removeIf(submitted::contains);
    return new SessionSettings(master, settings);
  }
}
