package jianfu.oracle;

import java.util.List;
import java.util.Map;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputTable;
import org.assertj.core.api.SoftAssertions;

/**
 * Two computations of every mart agree: each side has every mart of the contract, the oracle side's
 * rows are not empty (so that agreement means something), and {@link MartDifferences} finds
 * nothing. All disagreements are reported together.
 */
final class MartAgreement {

  private MartAgreement() {}

  static void assertEqualRowForRow(
      Contract contract, Map<String, ComputedMart> bySpark, Map<String, ComputedMart> byOracle) {
    SoftAssertions softly = new SoftAssertions();
    for (OutputTable mart : contract.marts()) {
      ComputedMart computedBySpark = bySpark.get(mart.table());
      ComputedMart computedByOracle = byOracle.get(mart.table());
      softly.assertThat(computedBySpark).as("%s computed by Spark", mart.table()).isNotNull();
      softly.assertThat(computedByOracle.rows()).as("%s oracle rows", mart.table()).isNotEmpty();
      if (computedBySpark != null) {
        softly.assertThat(computedBySpark.rows()).as("%s Spark rows", mart.table()).isNotEmpty();
        List<String> differences = MartDifferences.between(mart, computedBySpark, computedByOracle);
        softly
            .assertThat(differences)
            .as("%s: %d differences between Spark and the oracle", mart.table(), differences.size())
            .isEmpty();
      }
    }
    softly.assertAll();
  }
}
