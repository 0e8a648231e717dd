package jianfu.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jianfu.pipelines.IndicatorPipeline;
import jianfu.pipelines.SparkSessionTest;
import jianfu.pipelines.marts.AccessFunnel;
import jianfu.pipelines.marts.AgreementCoverage;
import jianfu.pipelines.marts.BurdenSummary;
import jianfu.pipelines.marts.MartShape;
import jianfu.pipelines.marts.PublicStatistics;
import jianfu.pipelines.marts.SocialOrganisationsSummary;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputTable;
import jianfu.schemas.settings.IndicatorSettings;
import jianfu.schemas.settings.PublicationSettings;
import jianfu.schemas.settings.SocialOrganisationSettings;
import jianfu.schemas.settings.ValidationSettings;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Spark pipeline against the DuckDB oracle SQL (written independently from the contract) on
 * random districts with gaps in their returns (and one without returns or agreements, an input of
 * v1) and random validation rules besides the default ones: every mart equal row for row, and not
 * empty, so that agreement means something.
 */
class DifferentialIT extends SparkSessionTest {

  private static final Contract CONTRACT = Contract.load();

  /**
   * Each Spark run costs tens of seconds on 2 cores, so three districts: the second also overrides
   * the baseline year with one after the earliest (empty = the default, the earliest), the target
   * of social organisations per 10,000 residents and the yearly registrations goal; the third has
   * no returns, so every community reported everything (v1 figures), and no service projects or
   * association contributions.
   */
  @ParameterizedTest(
      name =
          "seed {0}, baseline year {1}, returns {2}, agreements {3}, target {4}, registrations"
              + " goal {5}")
  @CsvSource({
    "1, , true, true, 10, 108",
    "2, 2022, true, true, 7.5, 40",
    "3, 2022, false, false, 10, 108"
  })
  void sparkComputesEveryMartAsTheReferenceDoes(
      long seed,
      Integer baselineYear,
      boolean withReturns,
      boolean withAgreements,
      double targetPer10kResidents,
      int registrationsGoal,
      @TempDir Path rawDir)
      throws Exception {
    // given
    RandomRawTables.write(seed, rawDir, withReturns, withAgreements);
    IndicatorSettings settings = IndicatorSettings.defaults().withBaselineYear(baselineYear);
    ValidationSettings rules = RandomRules.settings(seed);
    SocialOrganisationSettings target =
        new SocialOrganisationSettings(targetPer10kResidents, registrationsGoal);
    // when
    Map<String, Dataset<Row>> sparkMarts =
        new IndicatorPipeline(spark, settings, PUBLICATION, REPORTING, rules, target)
            .marts(rawDir.toString());
    Map<String, ComputedMart> bySpark = SparkMarts.all(sparkMarts);
    Map<String, ComputedMart> byOracle =
        DuckDbMarts.compute(CONTRACT, rawDir, settings, PUBLICATION, REPORTING, rules, target);
    // then
    // Without any agreement, agreement_coverage has no rows (docs/indicators.md).
    Set<String> empty = withAgreements ? Set.of() : Set.of(AgreementCoverage.NAME);
    MartAgreement.assertEqualRowForRow(CONTRACT, bySpark, byOracle, empty);
    assertTheAccessFiguresOccur(byOracle, withAgreements);
    int expectedBaseline = baselineYear == null ? RandomDistrict.FIRST_YEAR : baselineYear;
    assertThat(byOracle.get("burden_summary").rows())
        .allSatisfy(row -> assertThat(row).containsEntry("baseline_year", expectedBaseline));
    if (!withReturns) {
      assertThat(byOracle.get("burden_summary").rows())
          .filteredOn(row -> "DISTRICT".equals(row.get("level")))
          .allSatisfy(row -> assertThat(row).containsEntry("status", "FINAL"));
    }
    assertPublicStatisticsAgreeAtEveryThreshold(rawDir, sparkMarts, settings, rules, target);
  }

  /**
   * public_statistics again at thresholds that withhold no street, one, several, and the whole
   * district (a random district's S04 has no community, S03 one or two, S01 and S02 the other 18 or
   * 19, so 10 catches at least one of them). Spark's is computed from the marts it reads of the run
   * above, as the pipeline computes it: a pipeline per threshold would compute every shared model
   * again (several seconds each), where public_statistics' own query takes a fraction of one.
   */
  private void assertPublicStatisticsAgreeAtEveryThreshold(
      Path rawDir,
      Map<String, Dataset<Row>> sparkMarts,
      IndicatorSettings settings,
      ValidationSettings rules,
      SocialOrganisationSettings target)
      throws Exception {
    OutputTable mart = CONTRACT.mart(PublicStatistics.NAME);
    Set<Long> primaryStreets = new TreeSet<>();
    for (int threshold : List.of(0, 1, 3, 10, 25)) {
      PublicationSettings publication = new PublicationSettings(threshold, PUBLICATION.asOf());
      ComputedMart bySpark =
          SparkMarts.of(
              MartShape.conform(
                  PublicStatistics.of(
                      sparkMarts.get(BurdenSummary.NAME),
                      sparkMarts.get(AccessFunnel.NAME),
                      sparkMarts.get(SocialOrganisationsSummary.NAME),
                      publication),
                  mart));
      ComputedMart byOracle =
          DuckDbMarts.compute(CONTRACT, rawDir, settings, publication, REPORTING, rules, target)
              .get(PublicStatistics.NAME);
      assertThat(MartDifferences.between(mart, bySpark, byOracle))
          .as("public_statistics at threshold %d", threshold)
          .isEmpty();
      primaryStreets.add(
          byOracle.rows().stream()
              .filter(row -> "STREET".equals(row.get("area_level")))
              .filter(row -> "PRIMARY".equals(row.get("suppression")))
              .map(row -> row.get("area_code"))
              .distinct()
              .count());
    }
    assertThat(primaryStreets).as("primary-suppressed streets per threshold").contains(0L, 1L);
    assertThat(primaryStreets).anyMatch(count -> count >= 2);
  }

  /**
   * The v2 access and agreement figures are not all zero or empty in the data both engines agree
   * on, so that their agreement means something.
   */
  private static void assertTheAccessFiguresOccur(
      Map<String, ComputedMart> marts, boolean withAgreements) {
    for (String column :
        List.of(
            "approved_without_consultation",
            "approved_despite_disagreement",
            "approved_without_legal_basis",
            "consulted_after_decision",
            "resubmissions",
            "settled_matters",
            "median_matter_days")) {
      assertThat(marts.get("access_funnel").rows())
          .as("access_funnel.%s", column)
          .anyMatch(row -> isPositive(row.get(column)));
    }
    List<Map<String, Object>> scorecard = marts.get("community_scorecard").rows();
    assertThat(scorecard).anyMatch(row -> isPositive(row.get("tasks_unreported")));
    if (!withAgreements) {
      assertThat(scorecard).extracting(row -> row.get("undertaking_signed")).containsOnlyNulls();
    } else {
      assertThat(scorecard).extracting(row -> row.get("undertaking_signed")).contains(true, false);
      for (String column :
          List.of("tasks_with_entrustment", "tasks_with_undertaking", "tasks_covered")) {
        assertThat(marts.get(AgreementCoverage.NAME).rows())
            .as("agreement_coverage.%s", column)
            .anyMatch(row -> isPositive(row.get(column)));
      }
    }
  }

  private static boolean isPositive(Object value) {
    return value instanceof Number number && number.doubleValue() > 0;
  }
}
