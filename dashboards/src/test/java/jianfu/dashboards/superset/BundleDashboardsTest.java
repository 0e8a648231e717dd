package jianfu.dashboards.superset;

import static jianfu.dashboards.superset.UnzippedBundle.list;
import static jianfu.dashboards.superset.UnzippedBundle.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Superset's import format, dashboards/README.md: the dashboards' layout trees and metadata. */
@ExtendWith(BuiltBundle.class)
class BundleDashboardsTest {

  /** DashboardJSONMetadataSchema's keys: later saves through the UI validate against them. */
  private static final Set<String> METADATA_KEYS =
      Set.of(
          "native_filter_configuration",
          "chart_configuration",
          "global_chart_configuration",
          "filter_sets_configuration",
          "timed_refresh_immune_slices",
          "filter_scopes",
          "expanded_slices",
          "refresh_frequency",
          "default_filters",
          "stagger_refresh",
          "stagger_time",
          "color_scheme",
          "color_namespace",
          "positions",
          "label_colors",
          "shared_label_colors",
          "color_scheme_domain",
          "cross_filters_enabled",
          "import_time",
          "remote_id",
          "filter_bar_orientation",
          "native_filter_migration");

  /** The dashboard title node: part of Superset's skeleton, outside the grid tree. */
  private static final String HEADER = "HEADER_ID";

  @Test
  void metadataUsesOnlyKeysTheDashboardSchemaKnows(UnzippedBundle bundle) {
    // rules 30, 37
    bundle
        .configs("dashboards")
        .forEach(
            (path, dashboard) ->
                assertThat(map(dashboard.get("metadata")).keySet())
                    .as(path)
                    .isSubsetOf(METADATA_KEYS));
  }

  @Test
  void everyNodeIsReachedOnceFromTheRootAlongItsParents(UnzippedBundle bundle) {
    // rules 31, 35
    bundle
        .configs("dashboards")
        .forEach(
            (path, dashboard) -> {
              Map<String, Object> position = map(dashboard.get("position"));
              assertThat(position).as(path).containsEntry("DASHBOARD_VERSION_KEY", "v2");
              assertThat(map(position.get("ROOT_ID")))
                  .as(path)
                  .containsEntry("type", "ROOT")
                  .containsEntry("children", List.of("GRID_ID"));
              assertThat(map(position.get("GRID_ID"))).as(path).containsEntry("type", "GRID");
              assertThat(map(position.get(HEADER))).as(path).containsEntry("type", "HEADER");
              Map<String, Integer> visits = new HashMap<>();
              visit(path, position, "ROOT_ID", new ArrayList<>(), visits);
              position.forEach(
                  (id, node) -> {
                    if (node instanceof Map<?, ?> component) {
                      assertThat(component.get("id")).as(path + " " + id).isEqualTo(id);
                      if (!id.equals(HEADER)) {
                        assertThat(visits.get(id)).as(path + " visits of " + id).isEqualTo(1);
                      }
                    }
                  });
            });
  }

  @Test
  void everyChartNodeNamesItsChartAndIdWithTheChartsName(UnzippedBundle bundle) {
    // rule 31: chartId must be an int (rewritten on import), and the tile title is the chart's
    bundle
        .configs("dashboards")
        .forEach(
            (path, dashboard) -> {
              List<Object> chartIds = new ArrayList<>();
              BundleReferencesTest.chartNodes(dashboard)
                  .forEach(
                      node -> {
                        Map<String, Object> meta = map(node.get("meta"));
                        assertThat(meta.get("chartId")).as(path).isInstanceOf(Integer.class);
                        chartIds.add(meta.get("chartId"));
                        assertThat(meta.get("sliceName"))
                            .as(path + " " + node.get("id"))
                            .isEqualTo(
                                bundle.withUuid("charts", meta.get("uuid")).get("slice_name"));
                      });
              assertThat(chartIds).as(path).doesNotHaveDuplicates();
            });
  }

  @Test
  void everyRowFitsTheTwelveColumnGrid(UnzippedBundle bundle) {
    // rule 36
    bundle
        .configs("dashboards")
        .forEach(
            (path, dashboard) -> {
              Map<String, Object> position = map(dashboard.get("position"));
              position.values().stream()
                  .filter(node -> node instanceof Map<?, ?>)
                  .map(UnzippedBundle::map)
                  .filter(node -> "ROW".equals(node.get("type")))
                  .forEach(
                      row -> {
                        int width = 0;
                        for (Object child : list(row.get("children"))) {
                          Map<String, Object> meta = map(map(position.get(child)).get("meta"));
                          assertThat((Integer) meta.get("width")).as(path).isBetween(1, 12);
                          assertThat((Integer) meta.get("height")).as(path).isPositive();
                          width += (Integer) meta.get("width");
                        }
                        assertThat(width).as(path + " " + row.get("id")).isBetween(1, 12);
                      });
            });
  }

  @Test
  void metadataNamesOnlyChartIdsOfItsOwnPosition(UnzippedBundle bundle) {
    // rule 33: the import maps these ids without checking them
    bundle
        .configs("dashboards")
        .forEach(
            (path, dashboard) -> {
              Map<String, Object> metadata = map(dashboard.get("metadata"));
              List<Object> chartIds =
                  BundleReferencesTest.chartNodes(dashboard)
                      .map(node -> map(node.get("meta")).get("chartId"))
                      .toList();
              List<Object> named = new ArrayList<>();
              named.addAll(list(metadata.getOrDefault("timed_refresh_immune_slices", List.of())));
              named.addAll(map(metadata.getOrDefault("expanded_slices", Map.of())).keySet());
              named.addAll(map(metadata.getOrDefault("filter_scopes", Map.of())).keySet());
              nativeFilters(metadata)
                  .forEach(filter -> named.addAll(list(map(filter.get("scope")).get("excluded"))));
              assertThat(named).as(path).isSubsetOf(chartIds);
            });
  }

  @Test
  void nativeFiltersFilterAColumnEveryChartInScopeHas(UnzippedBundle bundle) {
    // rule 34, and a filter's column must exist in every chart it applies to (not excluded)
    bundle
        .configs("dashboards")
        .forEach(
            (path, dashboard) -> {
              Map<String, Object> metadata = map(dashboard.get("metadata"));
              for (Map<String, Object> filter : nativeFilters(metadata)) {
                assertThat(map(filter.get("scope"))).containsEntry("rootPath", List.of("ROOT_ID"));
                List<Object> excluded = list(map(filter.get("scope")).get("excluded"));
                for (Object target : list(filter.get("targets"))) {
                  String column = (String) map(map(target).get("column")).get("name");
                  BundleReferencesTest.chartNodes(dashboard)
                      .map(node -> map(node.get("meta")))
                      .filter(meta -> !excluded.contains(meta.get("chartId")))
                      .map(meta -> bundle.withUuid("charts", (String) meta.get("uuid")))
                      .forEach(
                          chart ->
                              assertThat(BundleChartsTest.columnNames(bundle.datasetOf(chart)))
                                  .as(path + ": " + chart.get("slice_name"))
                                  .contains(column));
                }
              }
            });
  }

  @Test
  void slugsAreUniqueAndUrlSafe(UnzippedBundle bundle) {
    // rule 38
    List<Object> slugs =
        bundle.configs("dashboards").values().stream().map(d -> d.get("slug")).toList();

    assertThat(slugs)
        .doesNotHaveDuplicates()
        .allSatisfy(slug -> assertThat((String) slug).matches("[A-Za-z0-9_-]+"));
  }

  private static void visit(
      String file,
      Map<String, Object> position,
      String id,
      List<String> ancestors,
      Map<String, Integer> visits) {
    assertThat(position).as(file).containsKey(id);
    Map<String, Object> node = map(position.get(id));
    assertThat(node.get("type")).as(file + " " + id).isInstanceOf(String.class);
    if (!ancestors.isEmpty()) {
      assertThat(node.get("parents")).as(file + " parents of " + id).isEqualTo(ancestors);
    }
    visits.merge(id, 1, Integer::sum);
    List<String> lineage = new ArrayList<>(ancestors);
    lineage.add(id);
    for (Object child : list(node.getOrDefault("children", List.of()))) {
      visit(file, position, (String) child, lineage, visits);
    }
  }

  private static List<Map<String, Object>> nativeFilters(Map<String, Object> metadata) {
    return list(metadata.getOrDefault("native_filter_configuration", List.of())).stream()
        .map(UnzippedBundle::map)
        .toList();
  }
}
