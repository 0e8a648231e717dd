package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import jianfu.schemas.Contract;
import jianfu.schemas.Measure;
import org.junit.jupiter.api.Test;

class ReportedReductionTest {

  @Test
  void theDemoSetsAReductionForEveryMeasureOfTheContractAndNoOther() {
    assertThat(Arrays.stream(ReportedReduction.values()).map(reduction -> reduction.dataset))
        .containsExactlyInAnyOrderElementsOf(
            Contract.load().measures().stream().map(Measure::dataset).toList());
  }
}
