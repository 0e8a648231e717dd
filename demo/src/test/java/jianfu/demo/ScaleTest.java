package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScaleTest {

  @ParameterizedTest
  @EnumSource(
      value = Scale.class,
      names = {"CITY", "PROVINCE"})
  void largerScalesKeepTheDistrictsStreetsAndReachTheirNumberOfCommunities(Scale scale) {
    // when
    District district = DistrictLayout.generate(Dice.of(1, "district"), scale);
    District demo = DistrictLayout.generate(Dice.of(1, "district"), Scale.DISTRICT);

    // then
    assertThat(district.communities()).hasSize(scale.communities());
    assertThat(district.streets().subList(0, demo.streets().size()))
        .extracting(Street::name)
        .isEqualTo(demo.streets().stream().map(Street::name).toList());
    assertThat(unique(district.communities().stream().map(Community::code).toList()))
        .hasSize(scale.communities());
    assertThat(unique(district.streets().stream().map(Street::code).toList()))
        .hasSize(district.streets().size());
    assertThat(district.communities())
        .allSatisfy(c -> assertThat(c.code()).startsWith(c.street().code()));
  }

  @ParameterizedTest
  @EnumSource(
      value = Scale.class,
      names = {"CITY", "PROVINCE"})
  void streetsHoldAtMostSixteenCommunitiesBeyondTheDistrictsOwn(Scale scale) {
    // when
    District district = DistrictLayout.generate(Dice.of(7, "district"), scale);
    int own = DistrictLayout.generate(Dice.of(7, "district"), Scale.DISTRICT).streets().size();

    // then
    assertThat(district.streets()).hasSizeGreaterThan(own);
    for (Street street : district.streets().subList(own, district.streets().size())) {
      assertThat(district.communitiesOf(street)).hasSizeBetween(1, 16);
    }
  }

  private static Set<String> unique(List<String> values) {
    return new HashSet<>(values);
  }

  @ParameterizedTest
  @EnumSource(Scale.class)
  void theHeadlineHoldsLikeForLikeAndTheCurrentYearStaysProvisionalAtEveryScale(Scale scale) {
    // given the plan of a district of that scale: its returns and its calibrated burden
    DistrictPlan plan = DistrictPlan.generate(3, scale);
    List<Community> communities = plan.district().communities();
    int reportedNow = 0;
    for (ReportedReduction measure : ReportedReduction.values()) {
      // when the latest closed year is compared with the baseline over the comparable communities
      long baseline = 0;
      long latest = 0;
      for (Community community : communities) {
        if (plan.returns().comparable(measure, community, Years.LATEST)) {
          baseline += plan.targets().count(measure, community, Years.BASELINE);
          latest += plan.targets().count(measure, community, Years.LATEST);
        }
        if (plan.returns().state(measure, community, Years.CURRENT).reported()) {
          reportedNow++;
        }
      }
      // then the reduction is the reported one, to a hundredth of a point
      assertThat(100.0 * (baseline - latest) / baseline)
          .as(measure.name())
          .isCloseTo(measure.reductionPct, within(0.01));
    }
    // and the current year's returns are far from complete
    assertThat((double) reportedNow / (4 * communities.size())).isLessThan(0.7);
  }
}
