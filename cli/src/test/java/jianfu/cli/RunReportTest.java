package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jianfu.dashboards.serving.Headline;
import jianfu.dashboards.serving.HeadlineYear;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.Test;

class RunReportTest {

  @Test
  void printsTheWarnedRowsAndEndsWithTheHeadlineYearAndTheLaterProvisionalYear() {
    // given a run whose 2025 is final and 2026 provisional with 62.4% of returns received
    RunReport report = reportOf(Path.of("out"));

    // when
    String text = report.render();

    // then
    assertThat(text).containsPattern("ledgers +1 +10 +8 +1 +1 +2");
    assertThat(text).contains("warnings         out/warnings");
    assertThat(text.substring(text.indexOf("District headline")))
        .contains("District headline: 2025 (latest final year) against baseline 2022")
        .containsPattern("work_items +16138 +6455 +-60.0%")
        .contains("Not the headline: 2026 is provisional: 62.4% of returns received");
  }

  @Test
  void showsAnOutputFolderNamedWithTerminalControlsAsVisibleEscapes() {
    // given an output folder whose name would retitle the terminal and break the line
    RunReport report = reportOf(Path.of("out\u001b]0;owned\u0007\nx"));

    // when
    String text = report.render();

    // then
    assertThat(text)
        .doesNotContain("\u001b", "\u0007")
        .contains("warnings         out\\u001b]0;owned\\u0007\\u000ax/warnings");
  }

  /** A run of a district whose 2025 is final and 2026 provisional, written to {@code output}. */
  private static RunReport reportOf(Path output) {
    Headline headline =
        new Headline(
            2022,
            new HeadlineYear(
                2025, List.of(new HeadlineYear.Provisional(2026, new BigDecimal("62.4")))),
            List.of(
                new Headline.Figure(
                    Contract.load().measureOf("WORK_ITEMS"),
                    16138L,
                    6455L,
                    new BigDecimal("60.0"))));
    return new RunReport(
        output,
        output.resolve("serving/jianfu.duckdb"),
        output.resolve("report/index.html"),
        List.of(new RunReport.TableReconciliation("ledgers", 1, 10, 8, 1, 1, 2)),
        Map.of("burden_summary", 40L),
        new RunReport.Timings(1, 2, 3),
        headline);
  }
}
