package jianfu.dashboards.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineTest {

  @Test
  void showsAReductionAsANegativeChangeAndAMissingBaselineAsNotAvailable() {
    // given 16138 → 6455 work items: 100 × (16138 − 6455) / 16138 = 60.0 reduction
    Headline headline =
        new Headline(
            2022,
            2025,
            List.of(
                new Headline.Measure("work_items", "社区工作事项", 16138L, 6455, new BigDecimal("60.0")),
                new Headline.Measure("signboards", "标识标牌", null, 2130, null)));

    // when
    String text = headline.render();

    // then
    assertThat(text).contains("2025 against baseline 2022");
    assertThat(text).containsPattern("work_items +16138 +6455 +-60.0%");
    assertThat(text).containsPattern("signboards +n/a +2130 +n/a%");
  }
}
