package jianfu.dashboards.superset;

import static jianfu.dashboards.superset.UnzippedBundle.list;
import static jianfu.dashboards.superset.UnzippedBundle.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BuiltBundle.class)
class CompletenessDashboardTest {

  @Test
  void showsTheRatesTheReturnsToChaseTheViolationsAndTheWarnings(UnzippedBundle bundle) {
    // given
    Map<String, Object> dashboard = bundle.config("dashboards/data_completeness.yaml");

    // when
    List<String> tables =
        BundleReferencesTest.chartUuids(dashboard).stream()
            .map(
                uuid ->
                    (String) bundle.datasetOf(bundle.withUuid("charts", uuid)).get("table_name"))
            .distinct()
            .toList();

    // then
    assertThat(dashboard).containsEntry("slug", "jianfu-data-completeness");
    assertThat(tables)
        .containsExactlyInAnyOrder(
            "reporting_rates", "returns_outstanding", "validation_violations", "ingest_warnings");
  }

  @Test
  void theYearFilterLeavesOutOnlyTheWarningsWhichHaveNoYear(UnzippedBundle bundle) {
    // given
    Map<String, Object> dashboard = bundle.config("dashboards/data_completeness.yaml");
    Map<String, Object> filter =
        map(list(map(dashboard.get("metadata")).get("native_filter_configuration")).get(0));

    // when
    List<Object> excluded = list(map(filter.get("scope")).get("excluded"));

    // then
    List<String> excludedTables =
        BundleReferencesTest.chartNodes(dashboard)
            .map(node -> map(node.get("meta")))
            .filter(meta -> excluded.contains(meta.get("chartId")))
            .map(meta -> bundle.withUuid("charts", meta.get("uuid")))
            .map(chart -> (String) bundle.datasetOf(chart).get("table_name"))
            .toList();
    assertThat(excludedTables).containsExactly("ingest_warnings");
  }
}
