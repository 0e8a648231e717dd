package jianfu.dashboards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jianfu.dashboards.report.ChartSpec.Look;
import org.junit.jupiter.api.Test;

class ChartOptionTest {

  @Test
  void aPivotHasOneSeriesPerValueInOrderAndNoPointWhereARowIsMissing() {
    // given street S2 has no 2023 row, and rows come most-first, not by year
    ChartSpec spec =
        new ChartSpec(
            "c", new Label("图", "Chart"), "", "street", new ChartSpec.Pivot("year", "n"), Set.of());
    List<Map<String, Object>> rows =
        List.of(row("S2", 2024, 5), row("S1", 2023, 3), row("S1", 2024, 4), row("S2", 2022, 1));

    // when
    Map<String, Object> option = ChartOption.of(spec, rows);

    // then
    assertThat(axis(option, "xAxis").get("data")).isEqualTo(List.of("S2", "S1"));
    assertThat(series(option))
        .extracting(s -> s.get("name"), s -> s.get("data"))
        .containsExactly(
            tuple("2022", Arrays.asList(1, null)),
            tuple("2023", Arrays.asList(null, 3)),
            tuple("2024", Arrays.asList(5, 4)));
  }

  @Test
  void ratesAreDrawnAsPercentagesAndAHorizontalChartPutsTheCategoriesDownTheSide() {
    // given
    ChartSpec spec =
        new ChartSpec(
            "c",
            new Label("图", "Chart"),
            "",
            "dept",
            new ChartSpec.Columns(List.of(new ChartSpec.Column("rate", new Label("率", "Rate")))),
            Set.of(Look.PERCENT, Look.HORIZONTAL));
    Map<String, Object> d01 = new LinkedHashMap<>(Map.of("dept", "D01", "rate", 0.8125));
    Map<String, Object> d02 = new LinkedHashMap<>(Map.of("dept", "D02"));
    d02.put("rate", null);

    // when
    Map<String, Object> option = ChartOption.of(spec, List.of(d01, d02));

    // then
    assertThat(axis(option, "yAxis")).containsEntry("type", "category");
    assertThat(axis(option, "xAxis")).containsEntry("name", "%");
    assertThat(series(option).get(0))
        .containsEntry("name", "率 / Rate")
        .containsEntry("data", Arrays.asList(new BigDecimal("81.3"), null));
  }

  private static Map<String, Object> row(String street, int year, int n) {
    return Map.of("street", street, "year", year, "n", n);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> axis(Map<String, Object> option, String axis) {
    return (Map<String, Object>) option.get(axis);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> series(Map<String, Object> option) {
    return (List<Map<String, Object>>) option.get("series");
  }
}
