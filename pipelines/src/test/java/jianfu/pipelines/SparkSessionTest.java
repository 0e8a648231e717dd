package jianfu.pipelines;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jianfu.schemas.settings.IndicatorSettings;
import jianfu.schemas.settings.PublicationSettings;
import jianfu.schemas.settings.ReportingSettings;
import jianfu.schemas.settings.SocialOrganisationSettings;
import jianfu.schemas.settings.SparkSettings;
import jianfu.schemas.settings.ValidationSettings;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One local Spark session per test JVM, small enough for 2 shared cores: the first class starts it,
 * the next ones get it again ({@code getOrCreate}), and Spark stops it when the JVM exits. A class
 * that stops it (one whose code under test starts a session of its own) leaves the next class to
 * start a new one. Tests must not change the session's settings. Public so that tests in the
 * sub-packages (marts, differential) can extend it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SparkSessionTest {

  /** The documented suppression threshold and a fixed as-of date, so marts are reproducible. */
  public static final PublicationSettings PUBLICATION =
      new PublicationSettings(3, LocalDate.of(2026, 1, 15));

  /** The documented completeness threshold and validation rules. */
  public static final ReportingSettings REPORTING = ReportingSettings.defaults();

  public static final ValidationSettings VALIDATION = ValidationSettings.defaults();

  /** The documented target of 10 social organisations per 10,000 residents. */
  public static final SocialOrganisationSettings SOCIAL_ORGANISATIONS =
      SocialOrganisationSettings.defaults();

  /** The shipped configuration, whose Spark settings a run's session starts with. */
  protected static final Path SHIPPED_CONF = Path.of("../conf/jianfu.yml");

  protected SparkSession spark;

  @BeforeAll
  void startSpark() {
    SparkSession.Builder builder =
        SparkSession.builder().appName(getClass().getSimpleName()).master("local[2]");
    // The settings a run computes with (the time zone, the memory pages), so the differential test
    // checks what users get; then fewer partitions, for inputs of a few rows.
    SparkSettings.read(SHIPPED_CONF).settings().forEach(builder::config);
    spark =
        builder
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
  }

  /** The collected rows of one mart computed from {@code raw} with the default settings. */
  protected List<Row> martRows(Path raw, String mart) {
    return martRows(raw, mart, IndicatorSettings.defaults());
  }

  protected List<Row> martRows(Path raw, String mart, IndicatorSettings settings) {
    return new IndicatorPipeline(spark, settings, PUBLICATION)
        .marts(raw.toString())
        .get(mart)
        .collectAsList();
  }
}
