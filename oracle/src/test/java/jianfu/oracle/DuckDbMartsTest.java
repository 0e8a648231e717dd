package jianfu.oracle;

import static jianfu.pipelines.SparkSessionTest.PUBLICATION;
import static jianfu.pipelines.SparkSessionTest.REPORTING;
import static jianfu.pipelines.SparkSessionTest.SOCIAL_ORGANISATIONS;
import static jianfu.pipelines.SparkSessionTest.VALIDATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;
import jianfu.schemas.settings.IndicatorSettings;
import jianfu.schemas.settings.ValidationRule;
import jianfu.schemas.settings.ValidationSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle SQL against values worked out by hand for {@link HandWorkedDistrict}, before it serves
 * as the other side of the differential test. Expected values are written as their working.
 */
class DuckDbMartsTest {

  private static final Contract CONTRACT = Contract.load();
  private static final double EXACT = 1e-12;

  @TempDir static Path rawDir;
  private static Map<String, ComputedMart> marts;

  @BeforeAll
  static void computeTheHandWorkedDistrict() throws Exception {
    HandWorkedDistrict.write(rawDir);
    marts =
        DuckDbMarts.compute(
            CONTRACT,
            rawDir,
            IndicatorSettings.defaults(),
            PUBLICATION,
            REPORTING,
            VALIDATION,
            SOCIAL_ORGANISATIONS);
  }

  @Test
  void everyMartHasTheContractColumnsInOrderWithTheirTypes() {
    for (OutputTable mart : CONTRACT.marts()) {
      // given
      Map<String, String> declared = new LinkedHashMap<>();
      mart.columns().forEach(column -> declared.put(column.name(), column.type()));
      // when
      Map<String, String> computed = marts.get(mart.table()).columnTypes();
      // then
      assertThat(computed).as(mart.table()).containsExactlyEntriesOf(declared);
      assertThat(mart.columns()).extracting(OutputColumn::name).containsAll(mart.key());
    }
  }

  @Test
  void burdenCountsRecordsAdmittedAtTheirReferenceDateAndSignboardsUpAtYearEnd() {
    // given the hand-worked district
    // when
    Map<List<Object>, Map<String, Object>> burden = rows("burden_by_community");
    // then: C1 2021 has WI1 (A1 decided on year-end: admitted) and WI2 (A4 decided 2023: not);
    // ACT1 held the day A1 was decided (admitted); B1 removed on year-end (not up); L1 admitted.
    assertThat(burden.get(List.of(2021, "C1")))
        .contains(
            entry("street_code", "S01"),
            entry("work_items", 2L),
            entry("unadmitted_work_items", 1L),
            entry("activities", 1L),
            entry("unadmitted_activities", 0L),
            entry("signboards", 0L),
            entry("unadmitted_signboards", 0L),
            entry("ledger_volumes", 16L),
            entry("unadmitted_ledger_volumes", 0L));
    // B2 installed on year-end 2021 (up), under rejected A3 (not admitted); removed 2022-01-01.
    assertThat(burden.get(List.of(2021, "C2")))
        .contains(entry("signboards", 1L), entry("unadmitted_signboards", 1L));
    // 2022: a nil work-item list is a 0; no ledger inventory and no ledger: null, not 0
    assertThat(burden.get(List.of(2022, "C2")))
        .contains(
            entry("work_items", 0L),
            entry("signboards", 0L),
            entry("ledger_volumes", null),
            entry("unadmitted_ledger_volumes", null));
    // 2021: no work-item list and no work item, an activity record never received and no
    // activity: null; a ledger inventory without received_on but with ledger L3: counted
    assertThat(burden.get(List.of(2021, "C3")))
        .contains(
            entry("work_items", null),
            entry("unadmitted_work_items", null),
            entry("activities", null),
            entry("signboards", 0L),
            entry("ledger_volumes", 64L));
    // A2 revoked on year-end 2022: WI1 of 2022 and ACT2 held that day are not admitted.
    assertThat(burden.get(List.of(2022, "C1")))
        .contains(entry("work_items", 1L), entry("unadmitted_work_items", 1L));
    assertThat(burden.get(List.of(2022, "C3")))
        .contains(
            entry("work_items", 1L), entry("unadmitted_work_items", 0L),
            entry("activities", 1L), entry("unadmitted_activities", 1L),
            entry("ledger_volumes", 62L), entry("unadmitted_ledger_volumes", 62L));
    assertThat(burden).hasSize(2 * 3);
  }

  @Test
  void reductionsAreRoundedHalfAwayFromZeroFromExactValues() {
    // given ledger volumes 2021 -> 2022: S01 16 -> 17, S02 64 -> 62, district 80 -> 79
    // when
    Map<List<Object>, Map<String, Object>> summary = rows("burden_summary");
    // then: -6.25 -> -6.3, 3.125 -> 3.1, 1.25 -> 1.3 (half-even would give -6.2 and 1.2)
    // S01 ledger volumes: C2 sent no inventory in 2022, so only C1 is comparable: 16 -> 17
    assertThat(summary.get(List.of(2022, "STREET", "S01")))
        .contains(
            entry("baseline_year", 2021),
            entry("ledger_volumes_reporting", 1L),
            entry("ledger_volumes", 17L),
            entry("ledger_volumes_baseline", 16L),
            entry("ledger_volumes_comparable", 1L),
            entry("ledger_volumes_reduction_pct", new BigDecimal("-6.3")),
            // work items C1 2 -> 1, C2 1 -> 0 (nil return): 3 -> 1, 66.666.. -> 66.7
            entry("work_items_comparable", 2L),
            entry("work_items_reduction_pct", new BigDecimal("66.7")));
    assertThat(summary.get(List.of(2022, "STREET", "S02")))
        .contains(
            entry("ledger_volumes_reduction_pct", new BigDecimal("3.1")),
            // C3 did not report work items in the baseline year: no baseline, no reduction
            entry("work_items_baseline", null),
            entry("work_items_comparable", 0L),
            entry("work_items_reduction_pct", null));
    // district ledger volumes: C1 17 + C3 62 (C2 unreported) against C1 16 + C3 64
    Map<String, Object> district = summary.get(List.of(2022, "DISTRICT", "D00"));
    assertThat(district)
        .contains(
            entry("communities", 3L),
            entry("ledger_volumes_reporting", 2L),
            entry("ledger_volumes", 79L),
            entry("ledger_volumes_baseline", 16L + 0 + 64),
            entry("ledger_volumes_comparable", 2L),
            entry("ledger_volumes_reduction_pct", new BigDecimal("1.3")),
            entry("signboards_reduction_pct", new BigDecimal("100.0")));
    assertThat((Double) district.get("ledger_volumes_per_community"))
        .isCloseTo(79.0 / 2, within(EXACT));
  }

  @Test
  void theHeadlineYearIsTheLatestWhoseDistrictRowIsFinal() {
    // given returns reported: 2021 10 of 12 (C3 lacks work items and activities), 2022 11 of 12
    // when
    Map<List<Object>, Map<String, Object>> summary = rows("burden_summary");
    // then
    assertThat(summary.get(List.of(2021, "DISTRICT", "D00")))
        .contains(
            entry("reporting_rate", 10.0 / 12),
            entry("status", "PROVISIONAL"),
            entry("headline_year", 2022));
    assertThat(summary.get(List.of(2022, "DISTRICT", "D00")))
        .contains(entry("reporting_rate", 11.0 / 12), entry("status", "FINAL"));
    // S01 in 2022: 7 of 8 is below 0.9; S02: 4 of 4
    assertThat(summary.get(List.of(2022, "STREET", "S01")))
        .contains(entry("status", "PROVISIONAL"), entry("headline_year", 2022));
    assertThat(summary.get(List.of(2022, "STREET", "S02"))).containsEntry("status", "FINAL");
  }

  @Test
  void reportingRatesCountReturnsExpectedReceivedOnTimeLateAndNil() {
    // when
    Map<List<Object>, Map<String, Object>> rates = rows("reporting_rates");
    // then 2021 ledger inventories: C1 on its due date, C2 nil in time, C3 without received_on
    // but with a ledger: received, neither on time nor late
    assertThat(rates.get(List.of(2021, "DISTRICT", "D00", "LEDGERS")))
        .contains(
            entry("expected", 3L),
            entry("received", 3L),
            entry("on_time", 2L),
            entry("late", 0L),
            entry("nil_returns", 1L),
            entry("reporting_rate", 1.0),
            entry("on_time_rate", 2.0 / 3));
    // all four of 2021: received 2 + 3 + 3 + 2; on time 2 + 2 + 2 + 2; C1's signboards late
    assertThat(rates.get(List.of(2021, "DISTRICT", "D00", "ALL")))
        .contains(
            entry("expected", 12L),
            entry("received", 10L),
            entry("on_time", 8L),
            entry("late", 1L),
            entry("nil_returns", 3L),
            entry("reporting_rate", 10.0 / 12));
    assertThat(rates.get(List.of(2021, "COMMUNITY", "C3", "ALL")))
        .contains(
            entry("expected", 4L),
            entry("received", 2L),
            entry("on_time", 1L),
            entry("nil_returns", 1L));
    assertThat(rates.get(List.of(2022, "STREET", "S02", "WORK_ITEMS")))
        .contains(entry("expected", 1L), entry("received", 1L), entry("late", 1L));
    // 2 years x (district + 2 streets + 3 communities) x (4 datasets + ALL)
    assertThat(rates).hasSize(2 * 6 * 5);
  }

  @Test
  void validationRulesFlagCommunityYearsWhoseCheckIsFalse() throws Exception {
    // given the default rules: only C2's work items fall from 1 (2021) to 0 (2022), below 0.2 x 1;
    // 2021 has no previous reporting year (WI9 of 2020 counts nowhere); C3's 2021 ledgers without
    // work items give null (work items unreported): skipped
    assertThat(rows("validation_violations").keySet())
        .containsExactly(List.of(2022, "C2", "WORK_ITEMS_FELL_80"));
    // and rules of one's own; C2 2022 divides 0 by 0: null, not a violation; C2 2021: 1 / 1
    ValidationSettings own =
        new ValidationSettings(
            List.of(
                new ValidationRule(
                    "FEW_LEDGERS", "台账少", "Few ledgers", "coalesce(ledger_volumes, 0) <= 16"),
                new ValidationRule("RATIO", "比例", "Ratio", "signboards / work_items <= 0.5")));
    Map<String, ComputedMart> recomputed =
        DuckDbMarts.compute(
            CONTRACT,
            rawDir,
            IndicatorSettings.defaults(),
            PUBLICATION,
            REPORTING,
            own,
            SOCIAL_ORGANISATIONS);
    assertThat(rows(recomputed, "validation_violations").keySet())
        .containsExactlyInAnyOrder(
            List.of(2021, "C3", "FEW_LEDGERS"),
            List.of(2022, "C1", "FEW_LEDGERS"),
            List.of(2022, "C3", "FEW_LEDGERS"),
            List.of(2021, "C2", "RATIO"));
  }

  @Test
  void anInputWithoutReturnsGivesTheV1Figures(@TempDir Path withoutReturns) throws Exception {
    // given the district without its returns, baseline 2021: every community reported every
    // dataset; the reporting years are those of the records, so WI9 makes 2020 one
    HandWorkedDistrict.writeWithoutReturns(withoutReturns);
    IndicatorSettings settings = IndicatorSettings.defaults().withBaselineYear(2021);
    // when
    Map<String, ComputedMart> computed =
        DuckDbMarts.compute(
            CONTRACT,
            withoutReturns,
            settings,
            PUBLICATION,
            REPORTING,
            VALIDATION,
            SOCIAL_ORGANISATIONS);
    // then C3's work items of 2021 and C2's ledgers of 2022 are 0, not null
    Map<List<Object>, Map<String, Object>> burden = rows(computed, "burden_by_community");
    assertThat(burden).hasSize(3 * 3);
    assertThat(burden.get(List.of(2020, "C1")))
        .contains(entry("work_items", 1L), entry("unadmitted_work_items", 1L));
    assertThat(burden.get(List.of(2021, "C3")))
        .contains(entry("work_items", 0L), entry("activities", 0L), entry("ledger_volumes", 64L));
    assertThat(burden.get(List.of(2022, "C2")))
        .contains(
            entry("work_items", 0L),
            entry("ledger_volumes", 0L),
            entry("unadmitted_ledger_volumes", 0L));
    // 2022 against 2021 over all three communities: work items C1 2 + C2 1 + C3 0 = 3 -> C1 1 +
    // C3 1 = 2: 33.3; ledger volumes 16 + 64 = 80 -> 17 + 62 = 79: 1.25 -> 1.3; activities 2 -> 1
    Map<List<Object>, Map<String, Object>> summary = rows(computed, "burden_summary");
    assertThat(summary.get(List.of(2022, "DISTRICT", "D00")))
        .contains(
            entry("work_items_reporting", 3L),
            entry("work_items", 2L),
            entry("work_items_baseline", 3L),
            entry("work_items_comparable", 3L),
            entry("work_items_reduction_pct", new BigDecimal("33.3")),
            entry("ledger_volumes_comparable", 3L),
            entry("ledger_volumes_reduction_pct", new BigDecimal("1.3")),
            entry("activities_reduction_pct", new BigDecimal("50.0")),
            entry("signboards_reduction_pct", new BigDecimal("100.0")));
    // S01: C1 2 -> 1, C2 1 -> 0: 66.7; ledgers C1 16 -> 17, C2 0 -> 0: -6.25 -> -6.3
    assertThat(summary.get(List.of(2022, "STREET", "S01")))
        .contains(
            entry("work_items_comparable", 2L),
            entry("work_items_reduction_pct", new BigDecimal("66.7")),
            entry("ledger_volumes_reduction_pct", new BigDecimal("-6.3")));
    // every area and year complete: FINAL, and the headline is the latest year
    assertThat(summary).hasSize(3 * 3);
    assertThat(summary.values())
        .allSatisfy(
            row ->
                assertThat(row)
                    .contains(
                        entry("reporting_rate", 1.0),
                        entry("status", "FINAL"),
                        entry("headline_year", 2022)));
    // reporting rates: all 12 received, none dated
    assertThat(rows(computed, "reporting_rates").get(List.of(2022, "DISTRICT", "D00", "ALL")))
        .contains(
            entry("expected", 12L),
            entry("received", 12L),
            entry("on_time", 0L),
            entry("late", 0L),
            entry("nil_returns", 0L),
            entry("reporting_rate", 1.0));
    // the district (3 communities, at the threshold) is published, not provisional
    assertThat(
            rows(computed, "public_statistics")
                .get(List.of(2022, "D00", "work_items_reduction_pct")))
        .contains(entry("status", "PUBLISHED"), entry("value", 33.3));
  }

  @Test
  void aConfiguredBaselineYearWithoutDataGivesNullBaselines() throws Exception {
    // given
    IndicatorSettings settings = IndicatorSettings.defaults().withBaselineYear(2019);
    // when
    Map<String, ComputedMart> recomputed =
        DuckDbMarts.compute(
            CONTRACT, rawDir, settings, PUBLICATION, REPORTING, VALIDATION, SOCIAL_ORGANISATIONS);
    // then
    Map<String, Object> district =
        rows(recomputed, "burden_summary").get(List.of(2022, "DISTRICT", "D00"));
    assertThat(district)
        .contains(
            entry("baseline_year", 2019),
            entry("work_items", 2L),
            entry("work_items_baseline", null),
            entry("work_items_reduction_pct", null));
  }

  @Test
  void theFunnelCountsByYearOfSubmissionWithAnAllRow() {
    // given DEP2's 2022 submissions: A3 rejected (4 days), A4 approved (12 days), A5 withdrawn
    // when
    Map<List<Object>, Map<String, Object>> funnel = rows("access_funnel");
    // then
    assertThat(funnel.get(List.of(2022, "DEP2")))
        .contains(
            entry("submitted", 3L),
            entry("approved", 1L),
            entry("rejected", 1L),
            entry("withdrawn", 1L),
            entry("approval_rate", 1.0 / (1 + 1)),
            entry("rejected_no_legal_basis", 1L),
            entry("median_decision_days", (4 + 12) / 2.0),
            entry("consultations", 3L),
            entry("consultation_disagree_rate", 2.0 / 3));
    // A1 (30 days) and A2 (10 days, revoked since): both approved
    assertThat(funnel.get(List.of(2021, "DEP1")))
        .contains(
            entry("approved", 2L),
            entry("revoked", 1L),
            entry("approval_rate", 1.0),
            entry("median_decision_days", (30 + 10) / 2.0),
            entry("consultations", 0L),
            entry("consultation_disagree_rate", null));
    assertThat(funnel.get(List.of(2022, "ALL")))
        .contains(
            entry("submitted", 4L),
            entry("pending", 1L),
            entry("median_decision_days", (4 + 12) / 2.0));
    assertThat(funnel.get(List.of(2021, "DEP2")))
        .contains(
            entry("submitted", 0L),
            entry("approval_rate", null),
            entry("median_decision_days", null));
  }

  @Test
  void supportCountsPairsInScopeAndEveryDeliveryOfApplicationsInForce() {
    // given DEP1 in 2021: A1 (C1, C2) and A2 (ALL: C1, C2, C3) in force; deliveries A1-C1 met,
    // A1-C2 a cent short, A2-C3 met (no materials promised), A1-C3 outside scope
    // when
    Map<List<Object>, Map<String, Object>> fulfilment = rows("support_fulfilment");
    // then
    Map<String, Object> dep1In2021 = fulfilment.get(List.of(2021, "DEP1"));
    assertThat(dep1In2021)
        .contains(
            entry("tasks_entrusted", 5L),
            entry("promised_personnel", 2L + 2 + 1 + 1 + 1),
            entry("promised_funding_yuan", new BigDecimal("2000.00")),
            entry("delivered_personnel", 2L + 2 + 1 + 1),
            entry("delivered_funding_yuan", new BigDecimal("2099.99")),
            entry("tasks_supported", 2L),
            entry("unsupported_tasks", 3L));
    assertThat((Double) dep1In2021.get("funding_fulfilment"))
        .isCloseTo(2099.99 / 2000, within(EXACT));
    // A2 revoked on 2022-12-31 is still in force during 2022; A4 decided 2023-01-01 is not.
    assertThat(fulfilment.get(List.of(2022, "DEP1")))
        .contains(
            entry("tasks_entrusted", 5L),
            entry("tasks_supported", 1L),
            entry("funding_fulfilment", 0.5));
    assertThat(fulfilment.get(List.of(2022, "DEP2")))
        .contains(entry("tasks_entrusted", 0L), entry("personnel_fulfilment", null));
  }

  @Test
  void departmentsAreScoredOnTheDimensionsRatedLessDeductions() {
    // given DEP1 in 2021: SUPPORT 80 and 90, BURDEN 70, no GUIDANCE, from C1 and S01;
    // unadmitted WI2, C2's WI1 and L3; funding fulfilled above 0.8
    double composite = (0.4 * 85 + 0.3 * 70) / (0.4 + 0.3);
    // when
    Map<List<Object>, Map<String, Object>> scorecard = rows("department_scorecard");
    // then
    Map<String, Object> dep1In2021 = scorecard.get(List.of(2021, "DEP1"));
    assertThat(dep1In2021)
        .contains(
            entry("score_support", 85.0), entry("score_burden", 70.0),
            entry("score_guidance", null), entry("raters", 2L),
            entry("unadmitted_records", 3L), entry("deduction", 3.0),
            entry("grade", "PASS"), entry("rank", 1));
    assertThat((Double) dep1In2021.get("composite")).isCloseTo(composite, within(EXACT));
    assertThat((Double) dep1In2021.get("final_score")).isCloseTo(composite - 3, within(EXACT));
    // unrated in 2022: no score, no grade, no rank; 2 unadmitted + 10 for fulfilment 0.5
    assertThat(scorecard.get(List.of(2022, "DEP1")))
        .contains(
            entry("composite", null),
            entry("deduction", 2.0 + 10),
            entry("final_score", null),
            entry("grade", null),
            entry("rank", null));
    assertThat(scorecard.get(List.of(2022, "DEP2")))
        .contains(
            entry("self_run_activities", 1L),
            entry("funding_fulfilment", null),
            entry("deduction", 2.0));
  }

  @Test
  void communitiesAreVetoedForASupportedTaskLeftUndoneButMayRefuseUnsupportedOnes() {
    // given C1 2021: TASK_COMPLETION 90, QUALITY 80; supported task A1 not completed
    double composite = (0.5 * 90 + 0.3 * 80) / (0.5 + 0.3);
    // when
    Map<List<Object>, Map<String, Object>> scorecard = rows("community_scorecard");
    // then
    Map<String, Object> c1In2021 = scorecard.get(List.of(2021, "C1"));
    assertThat(c1In2021)
        .contains(
            entry("tasks_entrusted", 2L),
            entry("tasks_supported", 1L),
            entry("tasks_completed", 0L),
            entry("veto", true),
            entry("grade", "FAIL"),
            entry("rank_in_street", 1));
    assertThat((Double) c1In2021.get("final_score")).isCloseTo(composite, within(EXACT));
    // C2 refused A1, a cent short of its promised funding: not penalised
    assertThat(scorecard.get(List.of(2021, "C2")))
        .contains(
            entry("score_task_completion", (70 + 80) / 2.0),
            entry("tasks_supported", 0L),
            entry("refused_unsupported", 1L),
            entry("veto", false),
            entry("grade", "PASS"),
            entry("rank_in_street", 2));
    assertThat(scorecard.get(List.of(2021, "C3")))
        .contains(
            entry("tasks_completed", 1L), entry("grade", null), entry("rank_in_street", null));
    // vetoed without any rating: FAIL all the same
    assertThat(scorecard.get(List.of(2022, "C2")))
        .contains(entry("veto", true), entry("final_score", null), entry("grade", "FAIL"));
  }

  @Test
  void aSourceFolderThatIsAbsentReadsAsAnEmptyTable(@TempDir Path onlyOrgUnits) throws Exception {
    // given
    RawRows rows = new RawRows(CONTRACT);
    rows.add(
        "org_units",
        """
        org_code | org_name | level
        D00      | 区       | DISTRICT
        """);
    RawParquetWriter.write(CONTRACT, rows, onlyOrgUnits);
    // when
    Map<String, ComputedMart> computed =
        DuckDbMarts.compute(
            CONTRACT,
            onlyOrgUnits,
            IndicatorSettings.defaults(),
            PUBLICATION,
            REPORTING,
            VALIDATION,
            SOCIAL_ORGANISATIONS);
    // then: no reporting year, no application: nothing to report
    assertThat(computed.keySet())
        .containsExactlyElementsOf(CONTRACT.marts().stream().map(OutputTable::table).toList());
    computed.forEach((mart, computedRows) -> assertThat(computedRows.rows()).as(mart).isEmpty());
  }

  private static Map<List<Object>, Map<String, Object>> rows(String mart) {
    return rows(marts, mart);
  }

  private static Map<List<Object>, Map<String, Object>> rows(
      Map<String, ComputedMart> computed, String mart) {
    return computed.get(mart).byKey(CONTRACT.mart(mart));
  }
}
