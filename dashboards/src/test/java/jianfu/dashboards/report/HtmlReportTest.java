package jianfu.dashboards.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  private final Contract contract = Contract.load();

  @TempDir Path output;

  @Test
  void writesOneSelfContainedPageWithTheThreeAudiencesPages() throws Exception {
    // given
    ServedDistrict.serve(contract, output, true);

    // when
    Path page = new HtmlReport(contract).write(output);

    // then
    assertThat(page).isEqualTo(output.resolve("report/index.html"));
    try (var files = Files.list(page.getParent())) {
      assertThat(files).containsExactly(page);
    }
    String html = Files.readString(page);
    assertThat(html)
        .contains("data-page=\"burden\"", "data-page=\"performance\"", "data-page=\"public\"")
        .contains("领导小组减负监测", "Burden monitoring", "年度绩效考核", "公开统计")
        .contains("echarts") // the library itself, inlined
        .contains("id=\"chart-public_applications\"")
        .doesNotContain("src=\"http", "href=\"http", "<script src");
  }

  @Test
  void thePublicPageSaysSoWhenTheServedFileHasNoPublicStatistics() throws Exception {
    // given
    ServedDistrict.serve(contract, output, false);

    // when
    String html = Files.readString(new HtmlReport(contract).write(output));

    // then
    String publicPage = html.substring(html.indexOf("<section class=\"page\" id=\"page-public\""));
    assertThat(publicPage).contains("no public_statistics table").doesNotContain("chart-public_");
  }

  @Test
  void withoutAServedDatabaseSaysWhatToRunFirst() {
    assertThatThrownBy(() -> new HtmlReport(contract).write(output))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("serving/jianfu.duckdb")
        .hasMessageContaining("./jianfu run");
  }
}
