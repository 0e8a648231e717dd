package jianfu.dashboards.superset;

import static jianfu.dashboards.superset.UnzippedBundle.list;
import static jianfu.dashboards.superset.UnzippedBundle.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The charts are hand-written, their labels are not: a metric that shows a column's own figure (its
 * SUM, MAX or MIN) carries the label the mart declares for that column, as the dataset's column
 * shows it (DatasetFiles, from the declarations). A column whose rows carry their own meaning
 * (public_statistics.value, unit "per row") is labelled by the chart's filter instead.
 */
@ExtendWith(BuiltBundle.class)
class ChartLabelsTest {

  private static final Set<String> THE_COLUMNS_OWN_FIGURE = Set.of("SUM", "MAX", "MIN");

  @Test
  void aMetricOfAColumnsOwnFigureCarriesTheColumnsDeclaredLabel(UnzippedBundle bundle) {
    Set<String> perRowColumns = perRowColumns(Contract.load());
    int checked = 0;
    for (Map.Entry<String, Map<String, Object>> chart : bundle.configs("charts").entrySet()) {
      // given
      Map<String, Object> dataset = bundle.datasetOf(chart.getValue());
      Map<String, String> declaredLabels =
          list(dataset.get("columns")).stream()
              .map(UnzippedBundle::map)
              .collect(
                  Collectors.toMap(
                      column -> (String) column.get("column_name"),
                      column -> (String) column.get("verbose_name")));
      for (Object metric : ChartParams.metrics(map(chart.getValue().get("params")))) {
        if (metric instanceof String
            || !"SIMPLE".equals(map(metric).get("expressionType"))
            || !THE_COLUMNS_OWN_FIGURE.contains((String) map(metric).get("aggregate"))) {
          continue;
        }
        String column = (String) map(map(metric).get("column")).get("column_name");
        if (perRowColumns.contains(dataset.get("table_name") + "." + column)) {
          continue;
        }
        checked++;

        // then
        assertThat(ChartParams.label(metric))
            .as(chart.getKey() + " " + column)
            .isEqualTo(declaredLabels.get(column));
      }
    }
    assertThat(checked).as("metrics checked").isPositive();
  }

  /** table.column of every mart column whose rows carry their own unit and meaning. */
  private static Set<String> perRowColumns(Contract contract) {
    return contract.marts().stream()
        .flatMap(
            mart ->
                mart.columns().stream()
                    .filter(column -> OutputColumn.PER_ROW.equals(column.unit()))
                    .map(column -> mart.table() + "." + column.name()))
        .collect(Collectors.toSet());
  }
}
