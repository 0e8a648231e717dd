package jianfu.pipelines.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import jianfu.pipelines.IndicatorPipeline;
import jianfu.pipelines.SparkSessionTest;
import jianfu.pipelines.config.IndicatorSettings;
import jianfu.pipelines.config.ValidationSettings;
import jianfu.pipelines.reference.ComputedMart;
import jianfu.pipelines.reference.DuckDbReferenceMarts;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Spark pipeline against the DuckDB reference SQL (written independently from the contract) on
 * random districts with gaps in their returns and random validation rules besides the default ones:
 * every mart equal row for row, and not empty, so that agreement means something.
 */
class DifferentialIT extends SparkSessionTest {

  private static final Contract CONTRACT = Contract.load();

  /**
   * Each Spark run costs tens of seconds on 2 cores, so two districts: the second also overrides
   * the baseline year with one after the earliest (empty = the default, the earliest).
   */
  @ParameterizedTest(name = "seed {0}, baseline year {1}")
  @CsvSource({"1, ", "2, 2022"})
  void sparkComputesEveryMartAsTheReferenceDoes(
      long seed, Integer baselineYear, @TempDir Path rawDir) throws Exception {
    // given
    RandomRawTables.write(seed, rawDir);
    IndicatorSettings settings = IndicatorSettings.defaults().withBaselineYear(baselineYear);
    ValidationSettings rules = RandomRules.settings(seed);
    // when
    Map<String, ComputedMart> bySpark =
        ComputedMart.all(
            new IndicatorPipeline(spark, settings, PUBLICATION, REPORTING, rules)
                .marts(rawDir.toString()));
    Map<String, ComputedMart> byReference =
        DuckDbReferenceMarts.compute(CONTRACT, rawDir, settings, PUBLICATION, REPORTING, rules);
    // then
    MartAgreement.assertEqualRowForRow(CONTRACT, bySpark, byReference);
    int expectedBaseline = baselineYear == null ? RandomDistrict.FIRST_YEAR : baselineYear;
    assertThat(byReference.get("burden_summary").rows())
        .allSatisfy(row -> assertThat(row).containsEntry("baseline_year", expectedBaseline));
  }
}
