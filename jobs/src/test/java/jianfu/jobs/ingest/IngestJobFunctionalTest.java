package jianfu.jobs.ingest;

import static jianfu.jobs.ingest.ParquetQueries.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.jobs.ingest.read.RefusedFileException;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs the job on the district fixture (src/test/resources/fixtures/district), table by table in
 * load order, and reads what it published. Every expected row is worked out by hand from the
 * fixture files: the comments say why each row ends where it does.
 */
@SpringBatchTest
@SpringBootTest(
    classes = IngestJobTestConfiguration.class,
    properties = "spring.datasource.url=jdbc:h2:mem:functional;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestJobFunctionalTest {

  private static final List<String> TABLES =
      List.of("org_units", "departments", "applications", "ledgers", "ratings", "task_results");
  private static final String QUARANTINED = "SELECT source_file, line, reason, column_name FROM {}";
  private static final String AUDITED =
      "SELECT source_file, rows_read, rows_loaded, rows_collapsed, rows_quarantined, rows_warned"
          + " FROM {}";

  @Autowired JobOperatorTestUtils jobs;
  @TempDir static Path output;
  private final Map<String, JobExecution> executions = new LinkedHashMap<>();
  private OutputLayout layout;

  @BeforeAll
  void ingestTheDistrict() throws Exception {
    Path input = Path.of(getClass().getResource("/fixtures/district").toURI());
    layout = new OutputLayout(output, Contract.load());
    for (String table : TABLES) {
      executions.put(table, jobs.startJob(new IngestTarget(table, input, output).jobParameters(1)));
    }
  }

  @Test
  void completesEveryTableAndDeletesItsWorkFile() {
    // given: the district ingested

    // when
    Map<String, BatchStatus> statuses = new LinkedHashMap<>();
    executions.forEach((table, execution) -> statuses.put(table, execution.getStatus()));

    // then
    assertThat(statuses)
        .containsOnlyKeys(TABLES)
        .allSatisfy((table, status) -> assertThat(status).isEqualTo(BatchStatus.COMPLETED));
    assertThat(TABLES)
        .allSatisfy(table -> assertThat(layout.staging(table).folder()).doesNotExist());
  }

  @Test
  void orgUnitsKeepLeadingZerosAndCheckParentsAgainstLoadedOrgsToAFixedPoint() throws Exception {
    // when
    List<String> loaded = rows("SELECT org_code, level, parent_code FROM {}", raw("org_units"));
    List<String> quarantined = rows(QUARANTINED, quarantine("org_units"));

    // then
    assertThat(loaded)
        .containsExactly(
            "0100|DISTRICT|null",
            "0110|STREET|0100",
            "0120|STREET|0100",
            "0111|COMMUNITY|0110",
            "0112|COMMUNITY|0110",
            "0121|COMMUNITY|0120");
    assertThat(quarantined)
        .containsExactly(
            // 0122's parent is the district, not a street
            "org_units.csv|8|UNKNOWN_REFERENCE|parent_code",
            // a street has no community type
            "org_units.csv|9|INCONSISTENT|community_type",
            // 0140's parent 0199 does not exist, so 0141's parent 0140 is not loaded either
            "org_units.csv|10|UNKNOWN_REFERENCE|parent_code",
            "org_units.csv|11|UNKNOWN_REFERENCE|parent_code",
            "org_units.csv|12|INCONSISTENT|community_type",
            "org_units.csv|14|OUT_OF_RANGE|residents");
    assertThat(rows("SELECT message FROM {} WHERE line = 8", quarantine("org_units")))
        .containsExactly(
            "parent_code '0100' is a DISTRICT, not one level up from COMMUNITY (a STREET)");
    // line 13 repeats line 5 exactly: collapsed
    assertThat(rows(AUDITED, audit("org_units"))).containsExactly("org_units.csv|13|6|1|6|0");
  }

  @Test
  void departmentsCollapseIdenticalRowsAndQuarantineEveryRowOfAConflictingKey() throws Exception {
    // when
    List<String> loaded = rows("SELECT dept_code, category FROM {}", raw("departments"));
    List<String> quarantined = rows(QUARANTINED, quarantine("departments"));

    // then
    assertThat(loaded).containsExactly("D01|GOVERNMENT", "D02|PARTY", "D03|MASS_ORG");
    assertThat(quarantined)
        .containsExactly(
            "departments.csv|6|DUPLICATE_KEY|dept_code",
            "departments.csv|7|DUPLICATE_KEY|dept_code",
            "departments.csv|8|BAD_ENUM|category",
            "departments.csv|9|MISSING_FIELD|dept_name");
    assertThat(rows(AUDITED, audit("departments"))).containsExactly("departments.csv|8|3|1|4|0");
  }

  @Test
  void applicationsAreTypedAndAMultiLineTitleKeepsTheNextRecordsLine() throws Exception {
    // when
    List<String> loaded =
        rows(
            "SELECT application_id, title, support_funding_yuan, support_materials, submitted_on,"
                + " resubmission_of FROM {}",
            raw("applications"));
    List<String> quarantined = rows(QUARANTINED, quarantine("applications"));

    // then
    assertThat(loaded)
        .containsExactly(
            "A001|社区养老服务台账|20000.00|null|2023-01-10|null",
            "A002|党建信息平台\n（第二行）|0.00|null|2023-03-01|null",
            "A003|党建信息平台|5000.50|桌椅, 电脑|2023-04-01|A002",
            "A004|创建活动|0.00|null|2023-05-01|null",
            "A012|待定|0.00|null|2023-07-01|null");
    assertThat(quarantined)
        .containsExactly(
            // A002's title spans lines 3 and 4, so A005 is on line 7
            "applications.csv|7|UNKNOWN_REFERENCE|dept_code",
            "applications.csv|8|INCONSISTENT|decided_on",
            "applications.csv|9|INCONSISTENT|revoked_on",
            "applications.csv|10|INCONSISTENT|reason",
            // A009 re-submits A001, which is APPROVED, not RETURNED
            "applications.csv|11|UNKNOWN_REFERENCE|resubmission_of",
            // "1,5": a comma is not the decimal separator
            "applications.csv|12|BAD_TYPE|support_funding_yuan",
            "applications.csv|13|BAD_TYPE|submitted_on",
            "applications.csv|15|OUT_OF_RANGE|support_personnel",
            "applications.csv|16|BAD_ENUM|scope");
    assertThat(rows(AUDITED, audit("applications"))).containsExactly("applications.csv|14|5|0|9|0");
  }

  @Test
  void rawParquetHasTheContractColumnsInOrderWithTheirStoredTypes() throws Exception {
    // when
    List<String> applications =
        rows(
            "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {})",
            raw("applications"));
    List<String> taskResults =
        rows(
            "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {})",
            raw("task_results"));
    List<String> physical =
        rows(
            "SELECT name, type FROM parquet_schema({}) WHERE name IN ('year', 'volumes')"
                .replace("parquet_schema({})", "parquet_schema('%s')")
                .formatted(raw("ledgers").resolve("ledgers.parquet")),
            raw("ledgers"));

    // then
    assertThat(applications)
        .containsExactly(
            "application_id|VARCHAR",
            "dept_code|VARCHAR",
            "title|VARCHAR",
            "matter_type|VARCHAR",
            "legal_basis|VARCHAR",
            "scope|VARCHAR",
            "support_personnel|INTEGER",
            "support_funding_yuan|DECIMAL(14,2)",
            "support_materials|VARCHAR",
            "submitted_on|DATE",
            "status|VARCHAR",
            "decided_on|DATE",
            "reason|VARCHAR",
            "resubmission_of|VARCHAR",
            "revoked_on|DATE");
    assertThat(taskResults)
        .containsExactly(
            "application_id|VARCHAR",
            "org_code|VARCHAR",
            "year|INTEGER",
            "completed|BOOLEAN",
            "checked_on|DATE");
    assertThat(physical).containsExactly("year|INT32", "volumes|INT32");
  }

  @Test
  void ledgersFromTwoFilesAreReconciledPerFile() throws Exception {
    // when
    List<String> loaded = rows("SELECT ledger_id, org_code, volumes FROM {}", raw("ledgers"));
    List<String> quarantined = rows(QUARANTINED, quarantine("ledgers"));

    // then: ledgers-2.csv sorts before ledgers.csv, so its copy of L01 is the one loaded
    assertThat(loaded)
        .containsExactly(
            "L01|0111|3",
            "L20|0111|5",
            "L23|0111|1",
            "L08|0111|1",
            "L10|0112|0",
            "L11|0121|4",
            "L13|0111|1");
    assertThat(quarantined)
        .containsExactly(
            // L21 has other volumes in each file
            "ledgers-2.csv|4|DUPLICATE_KEY|ledger_id",
            // a quote never closed: its line is a bad row, the next line (L23) is read again
            "ledgers-2.csv|5|BAD_ROW|null",
            // a street where a community is required
            "ledgers.csv|3|UNKNOWN_REFERENCE|org_code",
            "ledgers.csv|4|OUT_OF_RANGE|year",
            "ledgers.csv|5|OUT_OF_RANGE|volumes",
            "ledgers.csv|6|BAD_TYPE|volumes",
            // seven fields under an eight-column header
            "ledgers.csv|7|BAD_ROW|null",
            // text after a closing quote
            "ledgers.csv|8|BAD_ROW|null",
            "ledgers.csv|10|MISSING_FIELD|title",
            // community 0122 was quarantined, so it is not loaded
            "ledgers.csv|13|UNKNOWN_REFERENCE|org_code",
            "ledgers.csv|15|DUPLICATE_KEY|ledger_id");
    // an unknown application and a quarantined department only attribute a ledger: it loads
    assertThat(rows(QUARANTINED, layout.warnings("ledgers")))
        .containsExactly(
            "ledgers.csv|9|UNRESOLVED_APPROVAL|application_id",
            "ledgers.csv|14|UNRESOLVED_DEPARTMENT|dept_code");
    assertThat(
            rows(
                "SELECT raw_record FROM {} WHERE source_file = 'ledgers-2.csv' AND line = 5",
                quarantine("ledgers")))
        .containsExactly(",L22,0111,2023,D01,\"未闭合,PAPER,1,");
    assertThat(rows(AUDITED, audit("ledgers")))
        .containsExactly("ledgers-2.csv|5|3|0|2|0", "ledgers.csv|14|4|1|9|2");
  }

  @Test
  void theStageStepSkipsBadRecordsWhenReadingAndRejectedRowsWhenValidating() {
    // when
    StepExecution stage =
        executions.get("ledgers").getStepExecutions().stream()
            .filter(step -> step.getStepName().equals("stage"))
            .findFirst()
            .orElseThrow();

    // then: 19 records; 3 malformed, 6 rejected row by row, 10 staged
    assertThat(stage.getReadSkipCount()).isEqualTo(3);
    assertThat(stage.getProcessSkipCount()).isEqualTo(6);
    assertThat(stage.getReadCount()).isEqualTo(16);
    assertThat(stage.getWriteCount()).isEqualTo(10);
  }

  @Test
  void ratingsCheckTheRaterAndDimensionAgainstTheRateeType() throws Exception {
    // when
    List<String> loaded = rows("SELECT rater_code, ratee_code, score FROM {}", raw("ratings"));
    List<String> quarantined = rows(QUARANTINED, quarantine("ratings"));

    // then
    assertThat(loaded).containsExactly("0111|D01|88.50", "D02|0112|95.25");
    assertThat(quarantined)
        .containsExactly(
            // QUALITY rates a community, the ratee is a department
            "ratings.csv|3|INCONSISTENT|dimension",
            "ratings.csv|4|OUT_OF_RANGE|score",
            // a department does not rate a department
            "ratings.csv|5|INCONSISTENT|rater_type",
            // a STREET rater whose code is a community
            "ratings.csv|6|UNKNOWN_REFERENCE|rater_code");
    assertThat(rows(AUDITED, audit("ratings"))).containsExactly("ratings.csv|6|2|0|4|0");
  }

  @Test
  void taskResultsNeedAnApprovedApplication() throws Exception {
    // when
    List<String> loaded =
        rows("SELECT application_id, org_code, completed FROM {}", raw("task_results"));
    List<String> quarantined = rows(QUARANTINED, quarantine("task_results"));

    // then: A004 was approved and later revoked; A012 is pending
    assertThat(loaded).containsExactly("A001|0111|true", "A004|0112|false", "A001|0121|true");
    assertThat(quarantined)
        .containsExactly(
            "task_results.csv|3|UNKNOWN_REFERENCE|application_id",
            "task_results.csv|4|BAD_TYPE|completed");
    assertThat(rows(AUDITED, audit("task_results"))).containsExactly("task_results.csv|5|3|0|2|0");
  }

  @Test
  void refusesAFileWithoutHeaderAndPublishesNothing(@TempDir Path input, @TempDir Path elsewhere)
      throws Exception {
    // given
    Files.writeString(input.resolve("departments.csv"), "");

    // when
    JobExecution execution =
        jobs.startJob(new IngestTarget("departments", input, elsewhere).jobParameters(1));

    // then
    assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(execution.getAllFailureExceptions())
        .singleElement()
        .extracting(Throwable::getCause)
        .isInstanceOf(RefusedFileException.class)
        .extracting(Throwable::getMessage)
        .isEqualTo("departments.csv is refused: it has no header row");
    OutputLayout elsewhereLayout = new OutputLayout(elsewhere, Contract.load());
    assertThat(elsewhereLayout.raw("departments")).doesNotExist();
    assertThat(elsewhereLayout.quarantine("departments")).doesNotExist();
    assertThat(elsewhereLayout.audit("departments")).doesNotExist();
  }

  private Path raw(String table) {
    return layout.raw(table);
  }

  private Path quarantine(String table) {
    return layout.quarantine(table);
  }

  private Path audit(String table) {
    return layout.audit(table);
  }
}
