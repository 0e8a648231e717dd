package jianfu.dashboards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Part of the hostile-input suite: the report of a district whose codes are markup, script and
 * formulas, opened in headless Chromium. Every test of {@link HtmlReportBrowserIT} holds (every
 * chart drawn, one point per mart value, no console error), and neither the page nor a chart's
 * tooltip runs the codes' script: the codes are shown as text.
 */
class HostileNamesReportBrowserIT extends HtmlReportBrowserIT {

  @Override
  protected ServedDistrict.Codes codes() {
    return ServedDistrict.HOSTILE;
  }

  @Override
  protected Path screenshots() {
    return super.screenshots().resolve("hostile-names");
  }

  @Test
  void noCodeRunsAsScriptOnAnyPageOrInAnyTooltip() {
    List<String> tooltips = new ArrayList<>();
    for (String pageId : EXPECTED_POINTS.keySet()) {
      // when every chart of the page shows its tooltip at every category
      open(pageId);
      for (String chart : EXPECTED_POINTS.get(pageId).keySet()) {
        tooltips.addAll(tooltipsOf(chart));
      }

      // then
      assertThat(browser.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
      assertThat(
              browser.executeScript(
                  "return document.querySelectorAll('main img, main svg, main iframe,"
                      + " main script').length"))
          .as("elements the codes would add")
          .isEqualTo(0L);
      assertThatThrownBy(() -> browser.switchTo().alert())
          .isInstanceOf(NoAlertPresentException.class);
    }
    // and the tooltips show each code as it is
    assertThat(String.join("\n", tooltips)).contains(ServedDistrict.HOSTILE.onChartAxes());
  }

  @Test
  void theTablesShowTheCodesAsTheyAre() {
    // when
    open(PerformancePage.ID);

    // then
    assertThat(textOf("table-department_scorecard")).contains(codes().departments());
    assertThat(textOf("table-community_scorecard"))
        .contains(codes().communitiesOfStreet1())
        .contains(codes().communitiesOfStreet2());
  }

  /** The tooltip text of a chart at each of its categories. */
  @SuppressWarnings("unchecked")
  private List<String> tooltipsOf(String chart) {
    return (List<String>)
        browser.executeScript(
            "const element = document.getElementById('chart-' + arguments[0]);"
                + "const chart = echarts.getInstanceByDom(element);"
                + "const option = chart.getOption();"
                + "const axis = option.xAxis[0].type === 'category' ? option.xAxis[0] : option.yAxis[0];"
                + "return axis.data.map((category, index) => {"
                + "  chart.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: index});"
                + "  const tip = [...element.querySelectorAll('div')].find((div) =>"
                + "    div.style.zIndex === '9999999');"
                + "  return tip ? tip.innerText : '';"
                + "});",
            chart);
  }

  private String textOf(String id) {
    return (String)
        browser.executeScript("return document.getElementById(arguments[0]).textContent", id);
  }
}
