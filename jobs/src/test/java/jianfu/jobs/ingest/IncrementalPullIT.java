package jianfu.jobs.ingest;

import static jianfu.jobs.ingest.ParquetQueries.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Incremental pulls from a real PostgreSQL server: each run takes the rows whose updated_at is
 * above the watermark the last publication remembered; a pulled row replaces its earlier version,
 * the others are kept; the watermark advances only with a publication.
 */
@SpringBootTest(
    classes = IngestJobTestConfiguration.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:incremental;DB_CLOSE_DELAY=-1",
      "ingest.sources.departments.jdbc.query="
          + "SELECT dept_code, dept_name, category, updated_at FROM departments",
      "ingest.sources.departments.jdbc.watermark=updated_at",
      "ingest.sources.org_units.jdbc.query=SELECT * FROM org_units",
      "ingest.sources.org_units.jdbc.watermark=updated_at"
    })
class IncrementalPullIT extends PulledFromPostgres {

  private static final String DATABASE = "incremental_pull";
  private static final String AUDITED =
      "SELECT source_file, rows_read, rows_loaded, rows_quarantined FROM {}";

  @DynamicPropertySource
  static void sources(DynamicPropertyRegistry registry) throws SQLException {
    pullFrom(registry, DATABASE, "departments", "org_units");
  }

  @BeforeEach
  void createTables() throws SQLException {
    execute(
        "DROP TABLE IF EXISTS departments, org_units",
        """
        CREATE TABLE departments (
          dept_code text PRIMARY KEY, dept_name text, category text, updated_at timestamptz)
        """,
        """
        INSERT INTO departments VALUES
          ('D01', '民政局', 'GOVERNMENT', '2024-05-01 08:00:00.123456+00'),
          ('D02', '组织部', 'PARTY', '2024-05-01 09:00:00+00'),
          ('D03', '妇联', 'MASS_ORG', '2024-05-01 10:00:00+00')
        """,
        """
        CREATE TABLE org_units (
          org_code text, org_name text, level text, parent_code text, community_type text,
          residents int, updated_at int)
        """);
  }

  @Test
  void aPulledRowReplacesItsEarlierVersionAndTheOthersAreKept() throws Exception {
    // given: a first pull published; then D02 is renamed, D03 gets a category that does not exist
    // and D04 is new
    assertThat(ingest("departments").getStatus()).isEqualTo(BatchStatus.COMPLETED);
    execute(
        "UPDATE departments SET dept_name = '组织部（新）', updated_at = '2024-06-01 08:00+00'"
            + " WHERE dept_code = 'D02'",
        "UPDATE departments SET category = 'BUREAU', updated_at = '2024-06-01 09:00+00'"
            + " WHERE dept_code = 'D03'",
        "INSERT INTO departments VALUES ('D04', '税务局', 'VERTICAL', '2024-06-01 10:00+00')");

    // when
    JobExecution second = ingest("departments");

    // then: D01 kept; D02 replaced; D03's new version is quarantined, so its last loaded version
    // stays; D04 added
    assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(rows("SELECT dept_code, dept_name, category FROM {}", layout().raw("departments")))
        .containsExactly(
            "D01|民政局|GOVERNMENT", "D03|妇联|MASS_ORG", "D02|组织部（新）|PARTY", "D04|税务局|VERTICAL");
    assertThat(rows("SELECT line, reason FROM {}", layout().quarantine("departments")))
        .containsExactly("2|BAD_ENUM");
    assertThat(rows(AUDITED, layout().audit("departments")))
        .containsExactly("jdbc:departments|3|2|1");
    assertThat(rememberedWatermark()).isEqualTo(sourceWatermark()).contains("2024-06-01");
  }

  @Test
  void aPullWithNothingNewKeepsTheTableAndItsWatermark() throws Exception {
    // given
    assertThat(ingest("departments").getStatus()).isEqualTo(BatchStatus.COMPLETED);
    String first = rememberedWatermark();

    // when
    JobExecution second = ingest("departments");

    // then
    assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(rows("SELECT dept_code FROM {}", layout().raw("departments")))
        .containsExactly("D01", "D02", "D03");
    assertThat(rows(AUDITED, layout().audit("departments")))
        .containsExactly("jdbc:departments|0|0|0");
    assertThat(rememberedWatermark()).isEqualTo(first).isEqualTo(sourceWatermark());
  }

  @Test
  void theWatermarkIsReadFromItsOwnFolderWhenTheFolderIsNamedLikeAPattern() throws Exception {
    // given: a first pull published in out[1]; D02 updated; then a pull into out1, a folder the
    // name out[1] matches as a pattern, remembering the later watermark
    Path parent = output;
    output = Files.createDirectories(parent.resolve("out[1]"));
    assertThat(ingest("departments").getStatus()).isEqualTo(BatchStatus.COMPLETED);
    execute(
        "UPDATE departments SET dept_name = '组织部（新）', updated_at = '2024-06-01 08:00+00'"
            + " WHERE dept_code = 'D02'");
    output = Files.createDirectories(parent.resolve("out1"));
    assertThat(ingest("departments").getStatus()).isEqualTo(BatchStatus.COMPLETED);

    // when
    output = parent.resolve("out[1]");
    JobExecution second = ingest("departments");

    // then: out[1]'s own watermark was read, so the update was pulled
    assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(second.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum())
        .isEqualTo(1);
  }

  @Test
  void aFailedRunDoesNotAdvanceTheWatermark() throws Exception {
    // given: a first pull published; D02 updated, D04 new; then the second run fails before it
    // publishes (a folder of its own stands in its staging folder)
    assertThat(ingest("departments").getStatus()).isEqualTo(BatchStatus.COMPLETED);
    String first = rememberedWatermark();
    execute(
        "UPDATE departments SET dept_name = '组织部（新）', updated_at = '2024-06-01 08:00+00'"
            + " WHERE dept_code = 'D02'",
        "INSERT INTO departments VALUES ('D04', '税务局', 'VERTICAL', '2024-06-01 10:00+00')");
    Path obstacle =
        Files.createDirectories(layout().staging("departments").folder().resolve("in-the-way"));
    assertThat(ingest("departments").getStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(rememberedWatermark()).isEqualTo(first);
    assertThat(
            rows("SELECT dept_name FROM {} WHERE dept_code = 'D02'", layout().raw("departments")))
        .containsExactly("组织部");
    Files.delete(obstacle);
    Files.delete(obstacle.getParent());

    // when
    JobExecution restarted = ingest("departments");

    // then
    assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(rows("SELECT dept_code, dept_name FROM {}", layout().raw("departments")))
        .containsExactly("D01|民政局", "D03|妇联", "D02|组织部（新）", "D04|税务局");
    assertThat(rememberedWatermark()).isEqualTo(sourceWatermark()).isNotEqualTo(first);
  }

  @Test
  void aPulledRowMayReferToARowKeptFromAnEarlierPull() throws Exception {
    // given: the district and a street pulled first (watermark 1, an int)
    execute(
        """
        INSERT INTO org_units VALUES
          ('0100', '示范区', 'DISTRICT', NULL, NULL, NULL, 1),
          ('0110', '东街道', 'STREET', '0100', NULL, NULL, 1)
        """);
    assertThat(ingest("org_units").getStatus()).isEqualTo(BatchStatus.COMPLETED);
    execute("INSERT INTO org_units VALUES ('0111', '东一社区', 'COMMUNITY', '0110', 'URBAN', 3200, 2)");

    // when
    JobExecution second = ingest("org_units");

    // then: the community's parent is the street kept from the first pull
    assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(rows("SELECT org_code FROM {}", layout().raw("org_units")))
        .containsExactly("0100", "0110", "0111");
    assertThat(rows("SELECT count(*) FROM {}", layout().quarantine("org_units")))
        .containsExactly("0");
  }

  /** The watermark the published departments remember (the raw file's key-value metadata). */
  private String rememberedWatermark() throws SQLException {
    Path raw = layout().rawFile("departments");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement metadata =
            duck.prepareStatement(
                "SELECT decode(value) FROM parquet_kv_metadata(?)"
                    + " WHERE decode(key) = 'jianfu.watermark.value'")) {
      metadata.setString(1, raw.toString());
      return single(metadata.executeQuery());
    }
  }

  /** The greatest updated_at of the departments at the source, in the source's text. */
  private static String sourceWatermark() throws SQLException {
    try (Connection connection = POSTGRES.connect(DATABASE);
        Statement statement = connection.createStatement()) {
      return single(statement.executeQuery("SELECT max(updated_at)::text FROM departments"));
    }
  }

  private static String single(ResultSet result) throws SQLException {
    List<String> values = new ArrayList<>();
    try (result) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    }
    assertThat(values).hasSize(1);
    return values.get(0);
  }

  private static void execute(String... statements) throws SQLException {
    POSTGRES.execute(DATABASE, statements);
  }
}
