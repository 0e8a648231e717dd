package jianfu.dashboards.superset;

import static jianfu.dashboards.superset.UnzippedBundle.list;
import static jianfu.dashboards.superset.UnzippedBundle.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Superset's import format, dashboards/README.md: datasets and charts, each on its own terms. */
@ExtendWith(BuiltBundle.class)
class BundleChartsTest {

  private static final Set<String> VIZ_TYPES =
      Set.of("big_number_total", "echarts_timeseries_bar", "table", "pivot_table_v2", "pie");

  private static final Set<String> AGGREGATES =
      Set.of("COUNT_DISTINCT", "COUNT", "SUM", "AVG", "MIN", "MAX");

  @Test
  void datasetColumnsAndMetricsAreUniqueAndDatesAreTimeColumns(UnzippedBundle bundle) {
    // rules 20, 21
    bundle
        .configs("datasets")
        .forEach(
            (path, dataset) -> {
              List<Map<String, Object>> columns = maps(dataset.get("columns"));
              assertThat(columns.stream().map(c -> c.get("column_name")))
                  .as(path)
                  .doesNotHaveDuplicates();
              assertThat(maps(dataset.get("metrics")).stream().map(m -> m.get("metric_name")))
                  .as(path)
                  .doesNotHaveDuplicates();
              columns.stream()
                  .filter(c -> "DATE".equals(c.get("type")) || "TIMESTAMP".equals(c.get("type")))
                  .forEach(c -> assertThat(c).as(path).containsEntry("is_dttm", true));
              if (dataset.get("main_dttm_col") != null) {
                assertThat(columns)
                    .as(path)
                    .anySatisfy(
                        c ->
                            assertThat(c)
                                .containsEntry("column_name", dataset.get("main_dttm_col"))
                                .containsEntry("is_dttm", true));
              }
            });
  }

  @Test
  void everyChartIsASupportedVizWithoutQueryContext(UnzippedBundle bundle) {
    // rules 24, 25
    bundle
        .configs("charts")
        .forEach(
            (path, chart) -> {
              Map<String, Object> params = map(chart.get("params"));
              assertThat(chart).as(path).doesNotContainKey("query_context");
              assertThat((String) chart.get("viz_type")).as(path).isIn(VIZ_TYPES);
              assertThat(params)
                  .as(path)
                  .containsEntry("viz_type", chart.get("viz_type"))
                  .containsKey("datasource");
              assertThat((String) params.get("datasource")).as(path).matches("\\d+__table");
            });
  }

  @Test
  void everyColumnAChartNamesIsAColumnOfItsDataset(UnzippedBundle bundle) {
    // rule 26
    bundle
        .configs("charts")
        .forEach(
            (path, chart) ->
                assertThat(ChartParams.columnReferences(map(chart.get("params"))))
                    .as(path)
                    .isSubsetOf(columnNames(bundle.datasetOf(chart))));
  }

  @Test
  void everyMetricIsASavedMetricOrAWellFormedAdhocOne(UnzippedBundle bundle) {
    // rule 27
    bundle
        .configs("charts")
        .forEach(
            (path, chart) -> {
              List<Object> savedMetrics =
                  maps(bundle.datasetOf(chart).get("metrics")).stream()
                      .map(m -> m.get("metric_name"))
                      .toList();
              for (Object metric : ChartParams.metrics(map(chart.get("params")))) {
                if (metric instanceof String name) {
                  assertThat(savedMetrics).as(path).contains(name);
                } else {
                  assertWellFormedAdhoc(path, map(metric));
                }
              }
            });
  }

  @Test
  void everyChartHasTheKeysItsVizTypeNeeds(UnzippedBundle bundle) {
    // rule 28
    bundle
        .configs("charts")
        .forEach(
            (path, chart) -> {
              Map<String, Object> params = map(chart.get("params"));
              switch ((String) chart.get("viz_type")) {
                case "big_number_total" -> assertThat(params.get("metric")).as(path).isNotNull();
                case "pie" -> {
                  assertThat(params.get("metric")).as(path).isNotNull();
                  assertThat(list(params.get("groupby"))).as(path).isNotEmpty();
                }
                case "echarts_timeseries_bar" -> {
                  assertThat(params.get("x_axis")).as(path).isInstanceOf(String.class);
                  assertThat(list(params.get("metrics"))).as(path).isNotEmpty();
                }
                case "table" -> {
                  if (ChartParams.isRaw(params)) {
                    assertThat(ChartParams.rawColumns(params)).as(path).isNotEmpty();
                  } else {
                    assertThat(params).as(path).containsEntry("query_mode", "aggregate");
                    assertThat(ChartParams.dimensions(params)).as(path).isNotEmpty();
                  }
                }
                case "pivot_table_v2" -> {
                  assertThat(list(params.get("metrics"))).as(path).isNotEmpty();
                  assertThat(ChartParams.dimensions(params)).as(path).isNotEmpty();
                }
                default -> throw new AssertionError(path + ": unexpected viz type");
              }
            });
  }

  @Test
  void aSortedBarSortsByItsAxisOrOneOfItsMetricsWithoutGroupby(UnzippedBundle bundle) {
    // rule 29
    bundle
        .configs("charts")
        .forEach(
            (path, chart) -> {
              Map<String, Object> params = map(chart.get("params"));
              if (params.get("x_axis_sort") != null) {
                List<Object> sortable =
                    new ArrayList<>(
                        ChartParams.metrics(params).stream().map(ChartParams::label).toList());
                sortable.add(params.get("x_axis"));
                assertThat(sortable).as(path).contains(params.get("x_axis_sort"));
                assertThat(list(params.get("groupby"))).as(path).isEmpty();
              }
            });
  }

  private static void assertWellFormedAdhoc(String path, Map<String, Object> metric) {
    assertThat(metric.get("label")).as(path).isInstanceOf(String.class);
    switch ((String) metric.get("expressionType")) {
      case "SIMPLE" -> {
        assertThat((String) metric.get("aggregate")).as(path).isIn(AGGREGATES);
        assertThat(map(metric.get("column"))).as(path).containsKey("column_name");
      }
      case "SQL" -> assertThat((String) metric.get("sqlExpression")).as(path).isNotBlank();
      default -> throw new AssertionError(path + ": metric type " + metric.get("expressionType"));
    }
  }

  static List<String> columnNames(Map<String, Object> dataset) {
    return maps(dataset.get("columns")).stream().map(c -> (String) c.get("column_name")).toList();
  }

  private static List<Map<String, Object>> maps(Object value) {
    return list(value).stream().map(UnzippedBundle::map).toList();
  }
}
