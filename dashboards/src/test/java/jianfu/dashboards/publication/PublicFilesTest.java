package jianfu.dashboards.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jianfu.schemas.Contract;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicFilesTest {

  private static final int OBSERVATIONS = 34;

  private Path output;
  private Path published;

  @BeforeAll
  void publish(@TempDir Path output) throws Exception {
    // given
    this.output = output;
    Path served = PublishedRun.served(output);
    PublicFiles files = new PublicFiles(Contract.load(), 3);
    files.write(output, served);

    // when published again: the second publication replaces the first whole
    published = files.write(output, served);
  }

  @Test
  void writesTheThreeFilesAndNothingBesideThem() throws Exception {
    // then
    assertThat(published).isEqualTo(output.resolve("public"));
    try (Stream<Path> files = Files.list(published)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("statistics.csv", "statistics.json", "bulletin.html");
    }
    try (Stream<Path> siblings = Files.list(output)) {
      assertThat(siblings.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrder("public", "serving");
    }
  }

  @Test
  void csvHasAMetadataHeaderThenEveryObservationWithItsDecimals() throws Exception {
    // when
    String text = Files.readString(published.resolve("statistics.csv"), StandardCharsets.UTF_8);
    List<CSVRecord> records = PublishedCsv.observations(published.resolve("statistics.csv"));

    // then
    assertThat(text).startsWith("\uFEFF# 海陵区社区工作减负公开统计");
    assertThat(text).contains("# as_of: 2026-01-15", "# baseline_year: 2022");
    assertThat(text).contains("# suppression_threshold: 3");
    assertThat(records).hasSize(OBSERVATIONS);
    CSVRecord headline = find(records, "2025", "D1", "work_items_reduction_pct");
    assertThat(headline.get("value")).isEqualTo("60.0");
    assertThat(headline.get("area_name")).isEqualTo("海陵区");
    assertThat(find(records, "2025", "D1", "work_items_per_community").get("value"))
        .isEqualTo("53.8");
    assertThat(find(records, "2025", "D1", "work_items").get("value")).isEqualTo("6455");
    CSVRecord suppressed = find(records, "2025", "S2", "work_items");
    assertThat(suppressed.get("value")).isEmpty();
    assertThat(suppressed.get("status")).isEqualTo("SUPPRESSED");
    assertThat(suppressed.get("suppression")).isEqualTo("PRIMARY");
    assertThat(find(records, "2025", "S3", "work_items").get("suppression")).isEqualTo("SECONDARY");
    assertThat(find(records, "2025", "S1", "work_items").get("suppression")).isEmpty();
  }

  @Test
  void jsonHasAMetadataBlockAndTheObservations() throws Exception {
    // when
    JsonNode document = new ObjectMapper().readTree(published.resolve("statistics.json").toFile());

    // then
    JsonNode metadata = document.get("metadata");
    assertThat(metadata.get("as_of").asText()).isEqualTo("2026-01-15");
    assertThat(metadata.get("baseline_year").asInt()).isEqualTo(2022);
    assertThat(metadata.get("suppression_threshold").asInt()).isEqualTo(3);
    assertThat(metadata.get("contract_version").asInt()).isEqualTo(2);
    assertThat(metadata.get("units").get("work_items").asText()).isEqualTo("项");
    assertThat(metadata.get("units").get("work_items_reduction_pct").asText()).isEqualTo("%");
    assertThat(metadata.get("method_notes")).isNotEmpty();
    assertThat(document.get("observations")).hasSize(OBSERVATIONS);
    assertThat(document.get("observations"))
        .filteredOn(o -> o.get("area_code").asText().equals("S3"))
        .allSatisfy(o -> assertThat(o.get("value").isNull()).isTrue())
        .allSatisfy(o -> assertThat(o.get("suppression").asText()).isEqualTo("SECONDARY"));
  }

  @Test
  void bulletinStatesTheReductionsLikeACommunique() throws Exception {
    // when
    String html = Files.readString(published.resolve("bulletin.html"));

    // then
    assertThat(html)
        .contains("海陵区社区工作减负统计公报（2025年）")
        .contains("工作事项较基期减少60.0%")
        .contains("检查评比等活动较基期减少85.0%")
        .contains("Work items: 60.0% fewer than in 2022")
        // 6455 against 8000 the year before: 19.3% down
        .contains("工作事项6455项，较基期减少60.0%，比上年下降19.3%")
        // approved share 66.0% in 2025 against 60.0% in 2024: 6.0 points up
        .contains("批准件数占申报件数的66.0%，比上年提高6.0个百分点")
        .contains("up 6.0 percentage points");
  }

  @Test
  void bulletinShowsSuppressedCellsAsDashesWithFootnotes() throws Exception {
    // when
    String html = Files.readString(published.resolve("bulletin.html"));

    // then
    assertThat(html).contains("城东街道", "工业园区", "华港镇");
    assertThat(html).contains("—<sup>¹</sup>", "—<sup>²</sup>");
    assertThat(html).contains("¹ 该区域社区数少于3个，数据不予公布");
    assertThat(html).contains("² 为防止由全区合计减去其他街道推算出注¹所示区域的数据");
    // the mark follows the mart's suppression: S2 PRIMARY, S3 SECONDARY
    assertThat(html)
        .contains(">工业园区</th><td class=\"figure\">—<sup>¹</sup></td>")
        .contains(">华港镇</th><td class=\"figure\">—<sup>²</sup></td>");
    assertThat(html).contains("-3.3"); // S1's −3.25 rounded half away from zero
    assertThat(html).doesNotContain(PublishedRun.COMMUNITY_NAME, PublishedRun.COMMUNITY_CODE);
  }

  @Test
  void withoutSocialOrganisationsTheBulletinHasNoSectionOnThem() throws Exception {
    // when
    String html = Files.readString(published.resolve("bulletin.html"));

    // then
    assertThat(html).doesNotContain("社区社会组织", "social-organisations");
  }

  private static CSVRecord find(List<CSVRecord> records, String year, String area, String code) {
    return records.stream()
        .filter(r -> r.get("year").equals(year) && r.get("area_code").equals(area))
        .filter(r -> r.get("indicator_code").equals(code))
        .findFirst()
        .orElseThrow();
  }
}
