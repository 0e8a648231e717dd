package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the calibrated burden, recounted from the generated CSVs as contract v2 reads them
 * (every loaded record, admitted or not; unreported datasets left out): the reform's reductions
 * grow year by year like for like, and every community reported a full burden in the baseline. The
 * headline year's reductions themselves: {@link HonestHeadlineTest}.
 */
class CalibrationTest {

  private static final int BASELINE = 2022;
  private static final int LATEST = 2025;

  private static ReportedBurden burden;

  @BeforeAll
  static void recount() {
    burden = ReportedBurden.of(DemoFolder.shared());
  }

  @Test
  void theReductionsGrowYearByYear() {
    for (String dataset : ReportedBurden.DATASETS) {
      assertThat(
              List.of(
                  burden.likeForLikeReductionPct(dataset, BASELINE, 2023),
                  burden.likeForLikeReductionPct(dataset, BASELINE, 2024),
                  burden.likeForLikeReductionPct(dataset, BASELINE, LATEST)))
          .as(dataset)
          .isSorted()
          .doesNotHaveDuplicates()
          .allSatisfy(reduction -> assertThat(reduction).isPositive());
    }
  }

  @Test
  void everyCommunityReportingInTheBaselineCarriedAFullBurden() {
    assertThat(burden.communities).hasSizeGreaterThanOrEqualTo(100);
    for (String community : burden.communities) {
      assertThat(burden.value("WORK_ITEMS", community, BASELINE))
          .as(community)
          .isGreaterThanOrEqualTo(100);
      assertThat(burden.value("SIGNBOARDS", community, BASELINE))
          .as(community)
          .isGreaterThanOrEqualTo(50);
      assertThat(burden.value("ACTIVITIES", community, BASELINE)).as(community).isBetween(40, 80);
      Integer volumes = burden.value("LEDGERS", community, BASELINE);
      if (volumes != null) {
        assertThat(volumes).as(community).isBetween(200, 3000);
      }
    }
  }
}
