package jianfu.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jianfu.pipelines.SparkSessionTest;
import jianfu.pipelines.storage.Folder;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputTable;
import jianfu.schemas.settings.IndicatorSettings;
import jianfu.schemas.settings.PublicationSettings;
import jianfu.schemas.settings.ReportingSettings;
import jianfu.schemas.settings.SocialOrganisationSettings;
import jianfu.schemas.settings.ValidationSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on a real Spark cluster: a standalone master and one worker on 127.0.0.1, started
 * from the project's own dependencies; the application jar submitted with spark-submit; raw tables
 * and marts given as file:// URIs, the way a cluster reaches shared storage. The marts the cluster
 * writes must equal, row for row, what the DuckDB oracle computes from the same raw tables and
 * configuration (DifferentialIT holds local[2] to the same oracle; a second Spark computation here
 * would only compete with the cluster for the cores).
 */
class SparkStandaloneClusterIT extends SparkSessionTest {

  private static final Contract CONTRACT = Contract.load();
  private static final String APPLICATION = "jianfu-cluster-it";

  /** A cluster's own configuration; spark-submit's --master replaces the master named here. */
  private static final String CONFIGURATION =
      """
      publication:
        as_of: 2026-01-15
      spark:
        master: local[2]
        settings:
          spark.sql.shuffle.partitions: "2"
          spark.ui.enabled: "false"
          spark.sql.session.timeZone: UTC
      """;

  private final Path folder = Path.of("target", "spark-standalone-it").toAbsolutePath();
  private final Path applicationJar = Path.of(System.getProperty("jianfu.sparkAppJar", ""));
  private final Path raw = folder.resolve("raw");
  private final Path marts = folder.resolve("marts");
  private Path configuration;
  private StandaloneCluster cluster;

  @BeforeAll
  void startCluster() throws Exception {
    assertThat(applicationJar).as("the application jar (built by package)").isRegularFile();
    Folder.at(folder.toString(), spark.sparkContext().hadoopConfiguration()).deleteRecursively();
    SparkHome home = SparkHome.create(folder.resolve("spark-home"), applicationJar);
    RandomRawTables.write(3, raw, true, true);
    configuration = Files.writeString(folder.resolve("jianfu.yml"), CONFIGURATION);
    cluster = new StandaloneCluster(home, folder);
    cluster.start();
  }

  @AfterAll
  void stopCluster() throws InterruptedException {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void theClusterWritesTheMartsLocalModeComputes() throws Exception {
    // when the cluster runs the application jar (main class from its manifest)
    Process driver =
        cluster.submit(
            List.of(
                "--name",
                APPLICATION,
                "--conf",
                "spark.executor.memory=512m",
                applicationJar.toString(),
                "--raw",
                raw.toUri().toString(),
                "--marts",
                marts.toUri().toString(),
                "--conf",
                configuration.toString()));
    boolean finished = driver.waitFor(8, TimeUnit.MINUTES);

    // then
    assertThat(finished && driver.exitValue() == 0)
        .as("spark-submit finished with exit code 0 (see %s)", cluster.driverLog())
        .isTrue();
    assertThat(cluster.completedApplications())
        .as("applications the master ran")
        .containsExactly(APPLICATION + " FINISHED");
    MartAgreement.assertEqualRowForRow(CONTRACT, clusterMarts(), oracleMarts(), Set.of());
  }

  /** The marts by the oracle, with every section of the configuration the cluster was given. */
  private Map<String, ComputedMart> oracleMarts() throws Exception {
    return DuckDbMarts.compute(
        CONTRACT,
        raw,
        IndicatorSettings.read(configuration),
        PublicationSettings.read(configuration),
        ReportingSettings.read(configuration),
        ValidationSettings.read(configuration),
        SocialOrganisationSettings.read(configuration));
  }

  private Map<String, ComputedMart> clusterMarts() {
    Map<String, ComputedMart> written = new LinkedHashMap<>();
    for (OutputTable mart : CONTRACT.marts()) {
      Path martFolder = marts.resolve(mart.table());
      if (Files.isDirectory(martFolder)) {
        written.put(mart.table(), SparkMarts.of(spark.read().parquet(martFolder.toString())));
      }
    }
    return written;
  }
}
