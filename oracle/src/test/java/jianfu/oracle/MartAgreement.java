package jianfu.oracle;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputTable;
import org.assertj.core.api.SoftAssertions;

/**
 * Two computations of every mart agree: each side has every mart of the contract, the rows of both
 * sides are not empty (so that agreement means something) but for the marts the input leaves empty,
 * which must be empty on both, and {@link MartDifferences} finds nothing. All disagreements are
 * reported together.
 */
final class MartAgreement {

  private MartAgreement() {}

  static void assertEqualRowForRow(
      Contract contract,
      Map<String, ComputedMart> bySpark,
      Map<String, ComputedMart> byOracle,
      Set<String> emptyMarts) {
    SoftAssertions softly = new SoftAssertions();
    for (OutputTable mart : contract.marts()) {
      ComputedMart computedBySpark = bySpark.get(mart.table());
      ComputedMart computedByOracle = byOracle.get(mart.table());
      softly.assertThat(computedBySpark).as("%s computed by Spark", mart.table()).isNotNull();
      boolean empty = emptyMarts.contains(mart.table());
      softly
          .assertThat(computedByOracle.rows().isEmpty())
          .as("%s oracle rows empty", mart.table())
          .isEqualTo(empty);
      if (computedBySpark != null) {
        softly
            .assertThat(computedBySpark.rows().isEmpty())
            .as("%s Spark rows empty", mart.table())
            .isEqualTo(empty);
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
