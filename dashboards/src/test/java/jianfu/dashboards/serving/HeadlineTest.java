package jianfu.dashboards.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import jianfu.schemas.Contract;
import jianfu.schemas.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlineTest {

  private static final Contract CONTRACT = Contract.load();

  @TempDir Path folder;

  @Test
  void showsAReductionAsANegativeChangeAndAMissingBaselineAsNotAvailable() {
    // given 16138 → 6455 work items: 100 × (16138 − 6455) / 16138 = 60.0 reduction
    Headline headline =
        new Headline(
            2022,
            new HeadlineYear(2025, List.of()),
            List.of(
                new Headline.Figure(
                    CONTRACT.measureOf("WORK_ITEMS"), 16138L, 6455L, new BigDecimal("60.0")),
                new Headline.Figure(CONTRACT.measureOf("SIGNBOARDS"), null, 2130L, null)));

    // when
    String text = headline.render();

    // then
    assertThat(text).contains("2025 (latest final year) against baseline 2022");
    assertThat(text).containsPattern("work_items +16138 +6455 +-60.0%   工作事项\n");
    assertThat(text).containsPattern("signboards +n/a +2130 +n/a%");
    assertThat(text).doesNotContain("provisional");
  }

  @Test
  void isTheLatestFinalYearAndNamesTheLaterProvisionalYearWithItsReturns() throws Exception {
    // given 2024 and 2025 FINAL, 2026 PROVISIONAL with 62.35% of returns (62.4 rounded half up)
    Path served =
        burdenSummary(
            "(2024, 'FINAL', 0.95, 2025, 100, 50.0), (2025, 'FINAL', 0.93, 2025, 80, 60.0),"
                + " (2026, 'PROVISIONAL', 0.6235, 2025, 30, 85.0)");

    // when
    Headline headline = Headline.read(served);

    // then the headline is 2025's, not the latest year's
    assertThat(headline.year()).isEqualTo(new HeadlineYear(2025, List.of(provisional(2026))));
    assertThat(headline.measures())
        .extracting(Headline.Figure::latest, Headline.Figure::reductionPct)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(80L, new BigDecimal("60.0")));
    assertThat(headline.render())
        .contains("District headline: 2025 (latest final year)")
        .contains("2026 is provisional: 62.4% of returns received")
        .contains("2025年（最新定稿年度）；2026年为初步数据：报表已收回62.4%");
  }

  @Test
  void withoutAFinalYearSaysSoAndGivesNoFigures() throws Exception {
    // given every year below the completeness threshold
    Path served =
        burdenSummary(
            "(2025, 'PROVISIONAL', 0.5, NULL, 80, 60.0), (2026, 'PROVISIONAL', 0.6235, NULL, 30,"
                + " 85.0)");

    // when
    Headline headline = Headline.read(served);

    // then
    assertThat(headline.measures()).isEmpty();
    assertThat(headline.render())
        .contains("District headline: none, no year is final yet")
        .contains("2025 is provisional: 50.0% of returns received")
        .contains("2026 is provisional: 62.4% of returns received")
        .doesNotContain("-60.0%", "-85.0%");
  }

  private static HeadlineYear.Provisional provisional(int year) {
    return new HeadlineYear.Provisional(year, new BigDecimal("62.4"));
  }

  /** A served file whose burden_summary has the district rows given, the four measures alike. */
  private Path burdenSummary(String rows) throws Exception {
    Path served = folder.resolve("jianfu.duckdb");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + served);
        Statement statement = connection.createStatement()) {
      StringBuilder measures = new StringBuilder();
      for (String measure : CONTRACT.measures().stream().map(Measure::name).toList()) {
        measures.append(
            ", value AS %1$s, 200 AS %1$s_baseline, reduction AS %1$s_reduction_pct"
                .formatted(measure));
      }
      statement.execute(
          "CREATE TABLE burden_summary AS SELECT year, 'DISTRICT' AS level, 2022 AS baseline_year,"
              + " status, reporting_rate::DOUBLE AS reporting_rate, headline_year"
              + measures
              + " FROM (VALUES "
              + rows
              + ") t(year, status, reporting_rate, headline_year, value, reduction)");
    }
    return served;
  }
}
