package jianfu.pipelines.differential;

import java.util.List;
import java.util.Map;
import jianfu.pipelines.reference.ComputedMart;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputTable;
import org.assertj.core.api.SoftAssertions;

/**
 * Two computations of every mart agree: each side has every mart of the contract, the reference
 * side's rows are not empty (so that agreement means something), and {@link MartDifferences} finds
 * nothing. All disagreements are reported together.
 */
final class MartAgreement {

  private MartAgreement() {}

  static void assertEqualRowForRow(
      Contract contract, Map<String, ComputedMart> bySpark, Map<String, ComputedMart> byReference) {
    SoftAssertions softly = new SoftAssertions();
    for (OutputTable mart : contract.marts()) {
      ComputedMart computedBySpark = bySpark.get(mart.table());
      ComputedMart computedByReference = byReference.get(mart.table());
      softly.assertThat(computedBySpark).as("%s computed by Spark", mart.table()).isNotNull();
      softly
          .assertThat(computedByReference.rows())
          .as("%s reference rows", mart.table())
          .isNotEmpty();
      if (computedBySpark != null) {
        softly.assertThat(computedBySpark.rows()).as("%s Spark rows", mart.table()).isNotEmpty();
        List<String> differences =
            MartDifferences.between(mart, computedBySpark, computedByReference);
        softly
            .assertThat(differences)
            .as(
                "%s: %d differences between Spark and the reference",
                mart.table(), differences.size())
            .isEmpty();
      }
    }
    softly.assertAll();
  }
}
