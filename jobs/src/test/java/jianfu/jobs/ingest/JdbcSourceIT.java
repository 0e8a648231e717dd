package jianfu.jobs.ingest;

import static jianfu.jobs.ingest.ParquetQueries.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tables pulled in full from a real PostgreSQL server: validated like files, typed values turned
 * into the text a file would hold, every row accounted for, and a pull that failed midway restarted
 * after the rows it had committed.
 */
@SpringBootTest(
    classes = IngestJobTestConfiguration.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:jdbcsource;DB_CLOSE_DELAY=-1",
      "ingest.chunk_size=1",
      // the filter fails on a row whose divisor is 0, when the cursor reaches it
      "ingest.sources.departments.jdbc.query="
          + "SELECT dept_code, dept_name, category FROM departments WHERE 1 / divisor > 0;",
      "ingest.sources.applications.jdbc.query=SELECT * FROM applications",
      "ingest.sources.returns.jdbc.query=SELECT * FROM returns ORDER BY line",
      "ingest.sources.entrustment_agreements.jdbc.query="
          + "SELECT * FROM entrustment_agreements ORDER BY agreement_id",
      "ingest.sources.entrustment_agreement_items.jdbc.query="
          + "SELECT * FROM entrustment_agreement_items ORDER BY agreement_id, application_id",
      "ingest.sources.undertaking_agreements.jdbc.query="
          + "SELECT * FROM undertaking_agreements ORDER BY org_code, year",
      "ingest.sources.association_contributions.jdbc.query="
          + "SELECT * FROM association_contributions ORDER BY line"
    })
class JdbcSourceIT extends PulledFromPostgres {

  private static final String DATABASE = "jdbc_source";
  private static final String AUDITED =
      "SELECT source_file, rows_read, rows_loaded, rows_collapsed, rows_quarantined, encoding"
          + " FROM {}";

  @DynamicPropertySource
  static void sources(DynamicPropertyRegistry registry) throws SQLException {
    pullFrom(
        registry,
        DATABASE,
        "departments",
        "applications",
        "returns",
        "entrustment_agreements",
        "entrustment_agreement_items",
        "undertaking_agreements",
        "association_contributions");
  }

  @BeforeEach
  void createTables() throws SQLException {
    execute(
        """
        DROP TABLE IF EXISTS departments, applications, returns, entrustment_agreements,
          entrustment_agreement_items, undertaking_agreements, association_contributions
        """,
        """
        CREATE TABLE entrustment_agreements (agreement_id text, dept_code text, street_code text,
          year integer, signed_on date)
        """,
        "CREATE TABLE entrustment_agreement_items (agreement_id text, application_id text)",
        "CREATE TABLE undertaking_agreements (org_code text, year integer, signed_on date)",
        """
        CREATE TABLE association_contributions (line int, org_id text, year int, matters int,
          funding_yuan numeric(14, 2))
        """,
        """
        CREATE TABLE returns (line int, org_code text, year int, dataset text, due_on date,
          received_on date, nil_return boolean)
        """,
        "CREATE TABLE departments (dept_code text, dept_name text, category text, divisor int)",
        """
        CREATE TABLE applications (
          application_id text, dept_code text, title text, matter_type text, legal_basis text,
          scope text, support_personnel integer, support_funding_yuan numeric(14, 2),
          support_materials text, submitted_on date, status text, decided_on date, reason text,
          resubmission_of text, revoked_on date)
        """);
  }

  @Test
  void pullsATableValidatesItsRowsAndAccountsForEachOne() throws Exception {
    // given: two departments; applications typed by PostgreSQL (integer, numeric, date)
    execute(
        "INSERT INTO departments VALUES ('D01', '民政局', 'GOVERNMENT', 1), ('D02', '组织部', 'PARTY', 1)",
        """
        INSERT INTO applications VALUES
          ('A01', 'D01', '养老台账', 'LEDGER', NULL, 'ALL', 2, 20000.5, NULL, '2024-01-10',
           'APPROVED', '2024-02-01', NULL, NULL, NULL),
          ('A02', 'D02', '党建平台', 'WORK_ITEM', NULL, 'LISTED', 0, 0, NULL, '2024-03-01',
           'REJECTED', '2024-03-20', NULL, NULL, NULL),
          ('A03', 'D09', '巡查', 'ACTIVITY', NULL, 'ALL', 1, 100, NULL, '2024-04-01',
           'PENDING', NULL, NULL, NULL, NULL),
          ('A04', 'D01', '门牌', 'SIGNBOARD', NULL, 'ALL', -1, 100, NULL, '2024-05-01',
           'PENDING', NULL, NULL, NULL, NULL),
          ('A05', 'D02', '创建', 'ACTIVITY', '《条例》', 'ALL', 3, 1234567.89, '电脑', '2024-06-01',
           'PENDING', NULL, NULL, NULL, NULL)
        """);

    // when
    JobExecution departments = ingest("departments");
    JobExecution applications = ingest("applications");

    // then: A02 lacks the reason of a rejection, A03 names no department, A04 has -1 personnel
    assertThat(departments.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(applications.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(
            rows(
                "SELECT application_id, support_personnel, support_funding_yuan, submitted_on,"
                    + " typeof(submitted_on) FROM {}",
                layout().raw("applications")))
        .containsExactly("A01|2|20000.50|2024-01-10|DATE", "A05|3|1234567.89|2024-06-01|DATE");
    assertThat(
            rows(
                "SELECT source_file, line, reason, column_name FROM {}",
                layout().quarantine("applications")))
        .containsExactly(
            "jdbc:applications|2|INCONSISTENT|reason",
            "jdbc:applications|3|UNKNOWN_REFERENCE|dept_code",
            "jdbc:applications|4|OUT_OF_RANGE|support_personnel");
    assertThat(
            rows("SELECT raw_record FROM {} WHERE line = 4", layout().quarantine("applications")))
        .singleElement()
        .asString()
        .startsWith("{\"application_id\":\"A04\",\"dept_code\":\"D01\",\"title\":\"门牌\"")
        .contains("\"support_personnel\":\"-1\",\"support_funding_yuan\":\"100.00\"")
        .contains("\"submitted_on\":\"2024-05-01\"")
        .contains("\"decided_on\":null");
    assertThat(rows(AUDITED, layout().audit("applications")))
        .containsExactly("jdbc:applications|5|2|0|3|null");
  }

  @Test
  void aSourceWithoutRowsPublishesAnEmptyTable() throws Exception {
    // when
    JobExecution execution = ingest("departments");

    // then
    assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(rows("SELECT count(*) FROM {}", layout().raw("departments"))).containsExactly("0");
    assertThat(rows(AUDITED, layout().audit("departments")))
        .containsExactly("jdbc:departments|0|0|0|0|null");
  }

  @Test
  void refusesAQueryWithoutAColumnEveryRowMustHave() throws Exception {
    // given
    execute("ALTER TABLE applications DROP COLUMN title");

    // when
    JobExecution execution = ingest("applications");

    // then
    assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(execution.getAllFailureExceptions())
        .singleElement()
        .satisfies(
            failure ->
                assertThat(failure)
                    .hasMessage(
                        "jdbc:applications is refused: its header has no column 'title' (or '事项名称'), which"
                            + " every applications file must have"));
    assertThat(layout().raw("applications")).doesNotExist();
  }

  @Test
  void aPullThatFailedMidwayRestartsAfterTheRowsItCommitted() throws Exception {
    // given: in chunks of one row, the third row fails the query; two rows are committed
    execute(
        """
        INSERT INTO departments VALUES
          ('D01', '民政局', 'GOVERNMENT', 1), ('D02', '组织部', 'PARTY', 1),
          ('D03', '妇联', 'MASS_ORG', 0), ('D04', '税务局', 'BUREAU', 1)
        """);
    JobExecution failed = ingest("departments");
    assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(failed.getStepExecutions())
        .filteredOn(step -> step.getStepName().equals("stage"))
        .singleElement()
        .satisfies(stage -> assertThat(stage.getReadCount()).isEqualTo(2));
    execute("UPDATE departments SET divisor = 1");

    // when
    JobExecution restarted = ingest("departments");

    // then
    assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(restarted.getJobInstance().getInstanceId())
        .isEqualTo(failed.getJobInstance().getInstanceId());
    assertThat(rows("SELECT dept_code FROM {}", layout().raw("departments")))
        .containsExactly("D01", "D02", "D03");
    assertThat(rows("SELECT line, reason FROM {}", layout().quarantine("departments")))
        .containsExactly("4|BAD_ENUM");
    assertThat(rows(AUDITED, layout().audit("departments")))
        .containsExactly("jdbc:departments|4|3|0|1|null");
  }

  @Test
  void pullsReturnsWithTheRulesOfAFile() throws Exception {
    // given: the org units as a file; returns typed by PostgreSQL (date, boolean)
    writeOrgUnits();
    execute(
        """
        INSERT INTO returns VALUES
          (1, '0111', 2023, 'LEDGERS', '2024-01-31', '2024-01-20', NULL),
          (2, '0111', 2023, 'WORK_ITEMS', '2024-01-31', NULL, TRUE),
          (3, '0110', 2023, 'LEDGERS', '2024-01-31', '2024-01-10', FALSE),
          (4, '0111', 2023, 'ACTIVITIES', '2024-01-31', '2024-02-03', TRUE)
        """);

    // when
    JobExecution orgUnits = ingest("org_units");
    JobExecution returns = ingest("returns");

    // then: a nil return never received, and a return of a street, are quarantined
    assertThat(orgUnits.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(returns.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(
            rows(
                "SELECT dataset, received_on, nil_return, typeof(nil_return) FROM {}",
                layout().raw("returns")))
        .containsExactly("LEDGERS|2024-01-20|null|BOOLEAN", "ACTIVITIES|2024-02-03|true|BOOLEAN");
    assertThat(
            rows(
                "SELECT source_file, line, reason, column_name FROM {}",
                layout().quarantine("returns")))
        .containsExactly(
            "jdbc:returns|2|INCONSISTENT|received_on", "jdbc:returns|3|UNKNOWN_REFERENCE|org_code");
    assertThat(rows(AUDITED, layout().audit("returns")))
        .containsExactly("jdbc:returns|4|2|0|2|null");
  }

  @Test
  void pullsAssociationContributionsWithTheRulesOfAFile() throws Exception {
    // given: the org units and organisations as files; contributions typed by PostgreSQL
    writeOrgUnits();
    Files.writeString(
        input.resolve("social_organisations.csv"),
        """
        org_id,name,org_code,category,registered_on,deregistered_on,fostered
        SO1,东一社区自治促进会,0111,SELF_GOVERNANCE,2022-03-01,,true
        SO2,东街道慈善会,0110,CHARITY,2022-03-01,,
        """);
    execute(
        """
        INSERT INTO association_contributions VALUES
          (1, 'SO1', 2023, 36, 52000.50),
          (2, 'SO2', 2023, 4, 800),
          (3, 'SO1', 2024, 0, 0),
          (4, 'SO9', 2024, 1, 10)
        """);

    // when
    ingest("org_units");
    JobExecution organisations = ingest("social_organisations");
    JobExecution contributions = ingest("association_contributions");

    // then: a charity's contribution is inconsistent, an unknown organisation's unknown
    assertThat(organisations.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(contributions.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(
            rows(
                "SELECT org_id, year, matters, funding_yuan FROM {}",
                layout().raw("association_contributions")))
        .containsExactly("SO1|2023|36|52000.50", "SO1|2024|0|0.00");
    assertThat(
            rows(
                "SELECT source_file, line, reason, column_name FROM {}",
                layout().quarantine("association_contributions")))
        .containsExactly(
            "jdbc:association_contributions|2|INCONSISTENT|org_id",
            "jdbc:association_contributions|4|UNKNOWN_REFERENCE|org_id");
    assertThat(rows(AUDITED, layout().audit("association_contributions")))
        .containsExactly("jdbc:association_contributions|4|2|0|2|null");
  }

  @Test
  void pullsTheAgreementsWithTheRulesOfAFile() throws Exception {
    // given: the org units as a file; the rest typed by PostgreSQL (integer, date, NULL)
    writeOrgUnits();
    execute(
        "INSERT INTO departments VALUES ('D01', '民政局', 'GOVERNMENT', 1)",
        """
        INSERT INTO applications VALUES
          ('A01', 'D01', '养老台账', 'LEDGER', NULL, 'ALL', 2, 20000.5, NULL, '2024-01-10',
           'APPROVED', '2024-02-01', NULL, NULL, NULL)
        """,
        """
        INSERT INTO entrustment_agreements VALUES
          ('E01', 'D01', '0110', 2024, '2024-03-01'), ('E02', 'D01', '0110', 2024, NULL),
          ('E03', 'D09', '0110', 2024, '2024-03-01'), ('E04', 'D01', '0111', 2024, NULL)
        """,
        """
        INSERT INTO entrustment_agreement_items VALUES
          ('E01', 'A01'), ('E02', 'A01'), ('E03', 'A01'), ('E02', 'A09')
        """,
        """
        INSERT INTO undertaking_agreements VALUES
          ('0110', 2024, '2024-01-20'), ('0111', 2024, NULL), ('0111', 2025, '2026-01-15')
        """);

    // when
    for (String table :
        List.of(
            "org_units",
            "departments",
            "applications",
            "entrustment_agreements",
            "entrustment_agreement_items",
            "undertaking_agreements")) {
      assertThat(ingest(table).getStatus()).as(table).isEqualTo(BatchStatus.COMPLETED);
    }

    // then: an unknown department and a community for a street quarantine the agreement (no
    // warning), and with it its item; an unknown application, and a street for a community, too
    assertThat(
            rows(
                "SELECT agreement_id, year, signed_on, typeof(signed_on) FROM {}",
                layout().raw("entrustment_agreements")))
        .containsExactly("E01|2024|2024-03-01|DATE", "E02|2024|null|DATE");
    assertThat(
            rows(
                "SELECT source_file, line, reason, column_name FROM {}",
                layout().quarantine("entrustment_agreements")))
        .containsExactly(
            "jdbc:entrustment_agreements|3|UNKNOWN_REFERENCE|dept_code",
            "jdbc:entrustment_agreements|4|UNKNOWN_REFERENCE|street_code");
    assertThat(
            rows(
                "SELECT agreement_id, application_id FROM {}",
                layout().raw("entrustment_agreement_items")))
        .containsExactly("E01|A01", "E02|A01");
    assertThat(
            rows(
                "SELECT line, reason, column_name FROM {}",
                layout().quarantine("entrustment_agreement_items")))
        .containsExactly("3|UNKNOWN_REFERENCE|application_id", "4|UNKNOWN_REFERENCE|agreement_id");
    assertThat(
            rows(
                "SELECT org_code, year, signed_on FROM {}", layout().raw("undertaking_agreements")))
        .containsExactly("0111|2024|null", "0111|2025|2026-01-15");
    assertThat(rows(AUDITED, layout().audit("undertaking_agreements")))
        .containsExactly("jdbc:undertaking_agreements|3|2|0|1|null");
    assertThat(rows("SELECT count(*) FROM {}", layout().warnings("entrustment_agreements")))
        .containsExactly("0");
  }

  /** The district, a street and a community, as a file beside the pulled tables. */
  private void writeOrgUnits() throws IOException {
    Files.writeString(
        input.resolve("org_units.csv"),
        """
        org_code,org_name,level,parent_code,community_type,residents
        0100,示范区,DISTRICT,,,
        0110,东街道,STREET,0100,,
        0111,东一社区,COMMUNITY,0110,URBAN,3200
        """);
  }

  private static void execute(String... statements) throws SQLException {
    POSTGRES.execute(DATABASE, statements);
  }
}
