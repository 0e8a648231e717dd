package jianfu.dashboards.superset;

import static jianfu.dashboards.superset.UnzippedBundle.list;
import static jianfu.dashboards.superset.UnzippedBundle.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The social organisations dashboard reads social_organisations_summary alone (no names), labels
 * every figure as the mart declares it, and draws the target and the goal beside the figures they
 * judge.
 */
@ExtendWith(BuiltBundle.class)
class SocialOrganisationsDashboardTest {

  private static final String DASHBOARD = "dashboards/social_organisations.yaml";
  private static final OutputTable MART = Contract.load().mart("social_organisations_summary");

  @Test
  void readsTheSocialOrganisationsSummaryAlone(UnzippedBundle bundle) {
    // given
    Map<String, Object> dashboard = bundle.config(DASHBOARD);

    // then
    assertThat(dashboard).containsEntry("slug", "jianfu-social-organisations");
    assertThat(charts(bundle))
        .isNotEmpty()
        .allSatisfy(
            chart -> assertThat(bundle.datasetOf(chart).get("table_name")).isEqualTo(MART.table()));
  }

  @Test
  void labelsEveryFigureAsTheMartDeclaresIt(UnzippedBundle bundle) {
    // when
    List<Map<String, Object>> metrics = new ArrayList<>();
    for (Map<String, Object> chart : charts(bundle)) {
      Map<String, Object> params = map(chart.get("params"));
      if (params.containsKey("metrics")) {
        list(params.get("metrics")).forEach(metric -> metrics.add(map(metric)));
      }
      if (params.containsKey("metric")) {
        metrics.add(map(params.get("metric")));
      }
    }

    // then: a column's metric is "中文 / English" of its declaration; a big number's too
    assertThat(metrics).hasSizeGreaterThan(10);
    for (Map<String, Object> metric : metrics) {
      String column =
          "SIMPLE".equals(metric.get("expressionType"))
              ? (String) map(metric.get("column")).get("column_name")
              : ((String) metric.get("sqlExpression"))
                  .replaceAll("arg_max\\((\\w+), year\\)", "$1");
      OutputColumn declared =
          MART.columns().stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow();
      assertThat(metric.get("label")).isEqualTo(declared.label() + " / " + declared.labelEn());
    }
  }

  @Test
  void drawsTheTargetAndTheGoalBesideWhatTheyJudge(UnzippedBundle bundle) {
    // when
    List<List<String>> columnsPerChart =
        charts(bundle).stream()
            .map(chart -> map(chart.get("params")))
            .filter(params -> params.containsKey("metrics"))
            .map(params -> list(params.get("metrics")))
            .map(
                metrics ->
                    metrics.stream()
                        .map(m -> (String) map(map(m).get("column")).get("column_name"))
                        .toList())
            .toList();

    // then
    assertThat(columnsPerChart)
        .contains(List.of("social_orgs_per_10k_residents", "target_per_10k"))
        .contains(List.of("new_registrations", "new_registrations_goal"));
  }

  private static List<Map<String, Object>> charts(UnzippedBundle bundle) {
    return BundleReferencesTest.chartUuids(bundle.config(DASHBOARD)).stream()
        .map(uuid -> bundle.withUuid("charts", uuid))
        .toList();
  }
}
