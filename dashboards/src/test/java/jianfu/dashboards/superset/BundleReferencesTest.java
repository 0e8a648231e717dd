package jianfu.dashboards.superset;

import static jianfu.dashboards.superset.UnzippedBundle.list;
import static jianfu.dashboards.superset.UnzippedBundle.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Superset's import format, dashboards/README.md: portable fields of the right types, deterministic
 * UUIDs, and every reference resolving inside the bundle.
 */
@ExtendWith(BuiltBundle.class)
class BundleReferencesTest {

  private static final String CANONICAL_UUID =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void everyFileHasOnlyPortableFieldsOfTheRightTypes(UnzippedBundle bundle) {
    // rules 7, 11, 12, 13, 15, 19, 23, 30: required present, nothing unknown, no forbidden null
    List<String> problems = new ArrayList<>();
    bundle
        .configs("databases")
        .forEach((path, config) -> check(problems, path, config, PortableFields.DATABASE));
    bundle
        .configs("datasets")
        .forEach(
            (path, config) -> {
              check(problems, path, config, PortableFields.DATASET);
              list(config.get("columns"))
                  .forEach(column -> check(problems, path, map(column), PortableFields.COLUMN));
              list(config.get("metrics"))
                  .forEach(metric -> check(problems, path, map(metric), PortableFields.METRIC));
            });
    bundle
        .configs("charts")
        .forEach((path, config) -> check(problems, path, config, PortableFields.CHART));
    bundle
        .configs("dashboards")
        .forEach((path, config) -> check(problems, path, config, PortableFields.DASHBOARD));

    assertThat(problems).isEmpty();
  }

  @Test
  void everyUuidIsTheOneItsFilePathGivesAndNoneRepeats(UnzippedBundle bundle) {
    // rules 11, 14: stable between builds, so a re-import updates instead of duplicating
    Map<String, Map<String, Object>> assets = bundle.assets();

    assets.forEach(
        (path, config) ->
            assertThat(config.get("uuid"))
                .as(path)
                .asString()
                .matches(CANONICAL_UUID)
                .isEqualTo(AssetUuids.of(path).toString()));
    assertThat(assets.values().stream().map(config -> config.get("uuid"))).doesNotHaveDuplicates();
  }

  @Test
  void everyReferenceNamesAnObjectOfTheBundle(UnzippedBundle bundle) {
    // rules 19, 23, 32, 34, 40
    Set<String> databases = Set.copyOf(bundle.uuids("databases"));
    Set<String> datasets = Set.copyOf(bundle.uuids("datasets"));
    Set<String> charts = Set.copyOf(bundle.uuids("charts"));

    bundle
        .configs("datasets")
        .forEach(
            (path, dataset) ->
                assertThat(databases).as(path).contains(uuid(dataset, "database_uuid")));
    bundle
        .configs("charts")
        .forEach(
            (path, chart) -> assertThat(datasets).as(path).contains(uuid(chart, "dataset_uuid")));
    bundle
        .configs("dashboards")
        .forEach(
            (path, dashboard) -> {
              assertThat(chartUuids(dashboard)).as(path).isNotEmpty().isSubsetOf(charts);
              assertThat(filterDatasetUuids(dashboard)).as(path).isSubsetOf(datasets);
            });
  }

  @Test
  void everyChartIsOnADashboardAndEveryDatasetFeedsAChart(UnzippedBundle bundle) {
    // rule 39: the dashboard import only brings in what its charts reach
    Set<String> shown = new HashSet<>();
    bundle.configs("dashboards").values().forEach(dashboard -> shown.addAll(chartUuids(dashboard)));
    Set<Object> used = new HashSet<>();
    bundle.configs("charts").values().forEach(chart -> used.add(chart.get("dataset_uuid")));

    assertThat(shown).containsExactlyInAnyOrderElementsOf(bundle.uuids("charts"));
    assertThat(used).containsExactlyInAnyOrderElementsOf(bundle.uuids("datasets"));
  }

  /** The uuids of a dashboard's CHART nodes: what links charts to it. */
  static List<String> chartUuids(Map<String, Object> dashboard) {
    return chartNodes(dashboard).map(node -> (String) map(node.get("meta")).get("uuid")).toList();
  }

  static Stream<Map<String, Object>> chartNodes(Map<String, Object> dashboard) {
    return map(dashboard.get("position")).values().stream()
        .filter(node -> node instanceof Map<?, ?>)
        .map(UnzippedBundle::map)
        .filter(node -> "CHART".equals(node.get("type")));
  }

  private static List<String> filterDatasetUuids(Map<String, Object> dashboard) {
    return list(map(dashboard.get("metadata")).get("native_filter_configuration")).stream()
        .flatMap(filter -> list(map(filter).get("targets")).stream())
        .map(target -> (String) map(target).get("datasetUuid"))
        .toList();
  }

  private static String uuid(Map<String, Object> config, String field) {
    return UUID.fromString((String) config.get(field)).toString();
  }

  private static void check(
      List<String> problems,
      String path,
      Map<String, Object> config,
      Map<String, PortableFields.Field> fields) {
    PortableFields.violations(config, fields)
        .forEach(problem -> problems.add(path + ": " + problem));
  }
}
