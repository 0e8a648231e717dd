package jianfu.dashboards.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Part of the hostile-input suite: the report of a district whose codes are markup, script and
 * formulas. The chart data cannot end or hide its {@code <script>} element, and every code shown in
 * the page is text, not markup. {@code HostileNamesReportBrowserIT} opens the same page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileNamesReportTest {

  private static final Pattern CHART_OPTIONS =
      Pattern.compile(
          "<script type=\"application/json\" id=\"chart-options\">(.*?)</script>", Pattern.DOTALL);

  private String html;

  @BeforeAll
  void writeTheReport(@TempDir Path output) throws Exception {
    Contract contract = Contract.load();
    ServedDistrict.serve(contract, output, true, ServedDistrict.HOSTILE);
    html = Files.readString(new HtmlReport(contract).write(output));
  }

  @Test
  void thePageHasItsThreeScriptsAndNothingElseOpensOrEndsOne() {
    // the chart library holds none of these, so every one is the page's own
    assertThat(occurrences("<script")).isEqualTo(3);
    assertThat(occurrences("</script>")).isEqualTo(3);
    assertThat(occurrences("<!--")).isZero();
  }

  @Test
  void theChartDataHoldsNoCharacterAnHtmlParserReadsAsMarkup() throws Exception {
    // when
    Matcher options = CHART_OPTIONS.matcher(html);

    // then
    assertThat(options.find()).isTrue();
    String json = options.group(1);
    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(json).contains("\\u003C!--\\u003Cscript\\u003E", "\\u2028\\u2029");
    // and JSON.parse (here Jackson) reads back every code exactly
    List<String> categories = new ArrayList<>();
    new ObjectMapper()
        .readTree(json)
        .forEach(
            chart ->
                axes(chart)
                    .forEach(axis -> axis.path("data").forEach(c -> categories.add(c.asText()))));
    assertThat(categories).containsAll(ServedDistrict.HOSTILE.onChartAxes());
  }

  @Test
  void everyCodeOnThePageIsEscapedText() {
    // given the page without the chart library and the chart data, whose scripts are trusted
    String page = withoutScripts(html);

    // then only the page's own markup is there
    assertThat(page).doesNotContain("<img", "<svg", "onerror=", "onload=");
    assertThat(page)
        .contains(
            "&lt;!--&lt;script&gt;",
            "S1&quot;&gt;&lt;img src&#61;x onerror&#61;&quot;window.__pwned&#61;1&quot;&gt;",
            "+1&#39;&quot;&amp;amp;");
  }

  private static Stream<JsonNode> axes(JsonNode chart) {
    return Stream.of(chart.get("xAxis"), chart.get("yAxis"));
  }

  private int occurrences(String text) {
    return html.split(Pattern.quote(text), -1).length - 1;
  }

  /** The page with the content of its {@code <script>} elements taken out. */
  private static String withoutScripts(String html) {
    return Pattern.compile("(<script[^>]*>).*?(</script>)", Pattern.DOTALL)
        .matcher(html)
        .replaceAll("$1$2");
  }
}
