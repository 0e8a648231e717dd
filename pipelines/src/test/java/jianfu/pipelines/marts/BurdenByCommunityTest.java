package jianfu.pipelines.marts;

import static jianfu.pipelines.SourceRows.activity;
import static jianfu.pipelines.SourceRows.application;
import static jianfu.pipelines.SourceRows.ledger;
import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.signboard;
import static jianfu.pipelines.SourceRows.workItem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jianfu.pipelines.MartRows;
import jianfu.pipelines.RawFixture;
import jianfu.pipelines.SparkSessionTest;
import jianfu.pipelines.intermediate.IntRecordsAdmitted;
import jianfu.pipelines.intermediate.IntReportingYears;
import jianfu.pipelines.staging.StagingTables;
import jianfu.pipelines.storage.Folder;
import jianfu.schemas.Contract;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admitted records and burden_by_community, on an input without returns: reporting years 2022 and
 * 2023 (v1 rule), and every community counts as having reported every dataset, so a measure without
 * records is 0, as in v1 (a missing return, which makes it null, is in ReportedFiguresTest; a
 * district without returns in InputWithoutReturnsTest). Communities C1, C2 (street S1) and C3
 * (street S2). Applications: OK approved 2021-06-01; YE approved on 2023-12-31; LATE approved
 * 2024-01-01; REV_YE, REV_NEXT, REV_MID approved 2021-06-01 and revoked 2023-12-31, 2024-01-01,
 * 2023-06-30; REJ rejected.
 */
class BurdenByCommunityTest extends SparkSessionTest {

  private List<Row> burden;
  private Map<String, Boolean> workItemAdmitted;
  private Map<String, Boolean> activityAdmitted;
  private Map<String, Boolean> signboardAdmittedByYear;

  @BeforeAll
  void runPipeline(@TempDir Path raw) {
    // given
    new RawFixture(spark, raw)
        .table("org_units", orgUnits("S1: C1 C2", "S2: C3"))
        .table(
            "applications",
            application("OK", "P1", "APPROVED", "2021-06-01"),
            application("YE", "P1", "APPROVED", "2023-12-31"),
            application("LATE", "P1", "APPROVED", "2024-01-01"),
            application("REV_YE", "P1", "REVOKED", "2021-06-01", "revoked_on", "2023-12-31"),
            application("REV_NEXT", "P1", "REVOKED", "2021-06-01", "revoked_on", "2024-01-01"),
            application("REV_MID", "P1", "REVOKED", "2021-06-01", "revoked_on", "2023-06-30"),
            application("REJ", "P1", "REJECTED", "2021-06-01"))
        .table(
            "work_items",
            workItem("C1", 2023, "W1", "application_id", "OK"),
            workItem("C1", 2023, "W2", "application_id", "YE"),
            workItem("C1", 2023, "W3", "application_id", "LATE"),
            workItem("C1", 2023, "W4", "application_id", "REV_YE"),
            workItem("C1", 2023, "W5", "application_id", "REV_NEXT"),
            workItem("C1", 2023, "W6", "application_id", "REV_MID"),
            workItem("C1", 2023, "W7", "application_id", "REJ"),
            workItem("C1", 2023, "W8"))
        .table(
            "activities",
            activity("AC1", "C1", "2023-06-01", "application_id", "REV_YE"),
            activity("AC1", "C2", "2023-06-01", "application_id", "REV_YE"),
            activity("AC2", "C1", "2023-06-30", "application_id", "REV_MID"),
            activity("AC3", "C1", "2023-06-29", "application_id", "REV_MID"),
            activity("AC4", "C1", "2023-12-30", "application_id", "YE"),
            activity("AC5", "C1", "2022-05-05"))
        .table(
            "signboards",
            signboard("B1", "C2", "2020-01-01", "application_id", "OK"),
            signboard("B2", "C2", "2020-01-01", "removed_on", "2022-12-31"),
            signboard("B3", "C2", "2023-12-31"),
            signboard(
                "B4", "C2", "2020-01-01", "removed_on", "2023-01-01", "application_id", "REV_MID"),
            signboard("B5", "C2", "2021-01-01", "application_id", "LATE"))
        .table(
            "ledgers",
            ledger("L1", "C1", 2023, 3, "application_id", "OK"),
            ledger("L2", "C1", 2023, 4),
            ledger("L3", "C2", 2022, 5, "application_id", "REV_MID"));

    // when
    burden = martRows(raw, BurdenByCommunity.NAME);
    StagingTables staging =
        new StagingTables(
            spark,
            Contract.load(),
            Folder.at(raw.toString(), spark.sparkContext().hadoopConfiguration()));
    IntRecordsAdmitted records = new IntRecordsAdmitted(staging, IntReportingYears.of(staging));
    workItemAdmitted = admittedBy(records.workItems(), "item_code");
    activityAdmitted = admittedBy(records.activities(), "activity_id", "org_code");
    signboardAdmittedByYear = admittedBy(records.signboards(), "signboard_id", "year");
  }

  @Test
  void workItemIsAdmittedByAnApprovalInForceAtItsYearEnd() {
    // then
    assertThat(workItemAdmitted)
        .containsOnly(
            Map.entry("W1", true),
            Map.entry("W2", true), // decided on the year-end itself
            Map.entry("W3", false), // decided the day after the year-end
            Map.entry("W4", false), // revoked on the reference date: not "after" it
            Map.entry("W5", true), // revoked the day after the year-end
            Map.entry("W6", false), // revoked mid-year
            Map.entry("W7", false), // rejected
            Map.entry("W8", false)); // no application
  }

  @Test
  void activityIsAdmittedByAnApprovalInForceOnTheDayItIsHeld() {
    // then
    assertThat(activityAdmitted)
        .containsOnly(
            Map.entry("AC1/C1", true), // held 06-01, revoked 12-31: after the reference date
            Map.entry("AC1/C2", true),
            Map.entry("AC2/C1", false), // held on the day of revocation
            Map.entry("AC3/C1", true), // held the day before revocation
            Map.entry("AC4/C1", false), // held before the decision
            Map.entry("AC5/C1", false)); // no application
  }

  @Test
  void signboardCountsInEveryReportingYearAtWhoseEndItIsUp() {
    // then B2, removed on 2022-12-31, is up at no year-end; B3 goes up on 2023-12-31
    assertThat(signboardAdmittedByYear)
        .containsOnly(
            Map.entry("B1/2022", true),
            Map.entry("B1/2023", true),
            Map.entry("B3/2023", false), // no application
            Map.entry("B4/2022", true), // REV_MID is revoked only in 2023
            Map.entry("B5/2022", false), // LATE is decided in 2024
            Map.entry("B5/2023", false));
  }

  @Test
  void communityCountsItsRecordsAndTheUnadmittedOnes() {
    // when
    Row c1 = MartRows.find(burden, "year", 2023, "org_code", "C1");

    // then work items W1..W8, unadmitted W3 W4 W6 W7 W8; activities AC1..AC4, unadmitted AC2 AC4;
    // no signboard; ledgers 3 + 4 volumes, unadmitted L2's 4
    assertThat(measures(c1)).containsExactly(8L, 4L, 0L, 7L, 5L, 2L, 0L, 4L);
    assertThat((String) c1.getAs("street_code")).isEqualTo("S1");
  }

  @Test
  void signboardsAreCountedPerYearEnd() {
    // when
    Row c2in2022 = MartRows.find(burden, "year", 2022, "org_code", "C2");
    Row c2in2023 = MartRows.find(burden, "year", 2023, "org_code", "C2");

    // then 2022: B1 B4 B5 up, B5 unadmitted; ledger L3 5 volumes admitted (REV_MID revoked 2023)
    assertThat(measures(c2in2022)).containsExactly(0L, 0L, 3L, 5L, 0L, 0L, 1L, 0L);
    // 2023: B1 B3 B5 up, B3 B5 unadmitted; activity AC1 admitted
    assertThat(measures(c2in2023)).containsExactly(0L, 1L, 3L, 0L, 0L, 0L, 2L, 0L);
  }

  @Test
  void everyCommunityHasARowInEveryReportingYearWithZerosWhereNothingWasRecorded() {
    // then 3 communities × reporting years 2022 (activity AC5, ledger L3) and 2023
    assertThat(burden).hasSize(6);
    for (int year : List.of(2022, 2023)) {
      Row c3 = MartRows.find(burden, "year", year, "org_code", "C3");
      assertThat(measures(c3)).containsOnly(0L);
      assertThat((String) c3.getAs("street_code")).isEqualTo("S2");
    }
  }

  /** work items, activities, signboards, ledger volumes, then the unadmitted ones. */
  private static List<Object> measures(Row row) {
    return Arrays.stream(row.schema().fieldNames())
        .filter(column -> !List.of("year", "org_code", "street_code").contains(column))
        .map(row::getAs)
        .toList();
  }

  private static Map<String, Boolean> admittedBy(Dataset<Row> records, String... identity) {
    return records.collectAsList().stream()
        .collect(
            Collectors.toMap(
                row ->
                    Arrays.stream(identity)
                        .map(column -> String.valueOf((Object) row.getAs(column)))
                        .collect(Collectors.joining("/")),
                row -> row.<Boolean>getAs("is_admitted")));
  }
}
