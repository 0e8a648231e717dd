package jianfu.dashboards.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public files headline the latest final year and name a later provisional year with the share
 * of returns received (docs/indicators.md); with no final year they headline nothing.
 */
class HeadlineYearPublicationTest {

  @TempDir Path output;

  @Test
  void theHeadlineIsTheLatestFinalYearAndALaterProvisionalYearIsNamed() throws Exception {
    // given 2024 and 2025 published, 2026 provisional with 62.4% of returns and a flattering 95%
    Path served = PublishedRun.served(output);
    provisional(served, "year = 2026");

    // when
    Path published = new PublicFiles(Contract.load(), 3).write(output, served);

    // then the bulletin is 2025's and says 2026 is provisional
    String bulletin = Files.readString(published.resolve("bulletin.html"));
    assertThat(bulletin)
        .contains("海陵区社区工作减负统计公报（2025年）")
        .contains("数据年度：2025年（最新定稿年度）；2026年为初步数据：报表已收回62.4%。")
        .contains("Figures for 2025 (latest final year); 2026 is provisional: 62.4% of returns")
        .contains("工作事项较基期减少60.0%")
        .doesNotContain("95.0%");
    // and the metadata of both files name the same years
    JsonNode metadata =
        new ObjectMapper().readTree(published.resolve("statistics.json").toFile()).get("metadata");
    assertThat(metadata.get("headline_year").asInt()).isEqualTo(2025);
    assertThat(metadata.get("provisional_years")).hasSize(1);
    assertThat(metadata.get("provisional_years").get(0).get("year").asInt()).isEqualTo(2026);
    assertThat(metadata.get("provisional_years").get(0).get("reporting_rate_pct").decimalValue())
        .isEqualByComparingTo("62.4");
    assertThat(metadata.get("headline_en").asText())
        .isEqualTo("2025 (latest final year); 2026 is provisional: 62.4% of returns received");
    String csv = Files.readString(published.resolve("statistics.csv"), StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("# headline_year: 2025\r\n")
        .contains("2026 is provisional: 62.4% of returns received");
  }

  @Test
  void withoutAFinalYearNothingIsHeadlinedAndTheFilesSaySo() throws Exception {
    // given every published year provisional
    Path served = PublishedRun.served(output);
    provisional(served, "year = 2026 OR status = 'PUBLISHED'");

    // when
    Path published = new PublicFiles(Contract.load(), 3).write(output, served);

    // then
    String bulletin = Files.readString(published.resolve("bulletin.html"));
    assertThat(bulletin)
        .contains("There are no final figures to publish.")
        .contains("no year is final yet")
        .contains("2024 is provisional", "2025 is provisional", "2026 is provisional")
        .doesNotContain("较基期减少60.0%");
    JsonNode metadata =
        new ObjectMapper().readTree(published.resolve("statistics.json").toFile()).get("metadata");
    assertThat(metadata.get("headline_year").isNull()).isTrue();
    assertThat(metadata.get("provisional_years")).hasSize(3);
    assertThat(Files.readString(published.resolve("statistics.csv"), StandardCharsets.UTF_8))
        .contains("# headline_year: none\r\n");
  }

  /**
   * Adds the district's 2026 (95% fewer work items, 62.4% of returns received) and marks every
   * published row matching {@code which} PROVISIONAL.
   */
  private static void provisional(Path served, String which) throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + served);
        Statement sql = duck.createStatement()) {
      sql.execute(
          "INSERT INTO public_statistics SELECT * REPLACE (2026 AS year, CASE WHEN indicator_code"
              + " LIKE '%reduction_pct' THEN 95.0 ELSE value / 10 END AS value)"
              + " FROM public_statistics WHERE year = 2025");
      sql.execute(
          "INSERT INTO public_statistics BY NAME SELECT year, area_code, 'DISTRICT' AS area_level,"
              + " 'reporting_rate_pct' AS indicator_code,"
              + " CASE year WHEN 2026 THEN 62.4 ELSE 97.5 END AS value, '%' AS unit, 0 AS unit_mult,"
              + " 1 AS decimals, 2022 AS baseline_year, DATE '2026-01-15' AS as_of,"
              + " 'PUBLISHED' AS status, 'A' AS obs_status, 'F' AS conf_status"
              + " FROM (SELECT DISTINCT year, area_code FROM public_statistics"
              + " WHERE area_level = 'DISTRICT')");
      sql.execute(
          "UPDATE public_statistics SET status = 'PROVISIONAL' WHERE status = 'PUBLISHED' AND ("
              + which
              + ")");
    }
  }
}
