package jianfu.dashboards.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jianfu.schemas.Contract;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The social organisations of 2025 published beside the burden figures ({@link
 * PublishedRun#addSocialOrganisations}): in the CSV and JSON as any observation, and in the
 * bulletin as a section of their own, the district in words and the streets in a table where the
 * withheld streets are dashes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocialOrganisationsPublicationTest {

  private Path published;

  @BeforeAll
  void publish(@TempDir Path output) throws Exception {
    // given
    Path served = PublishedRun.served(output);
    PublishedRun.addSocialOrganisations(served);

    // when
    published = new PublicFiles(Contract.load(), 3).write(output, served);
  }

  @Test
  void theCsvAndJsonCarryTheSocialFiguresWithTheirDecimalsAndUnits() throws Exception {
    // when
    List<CSVRecord> records = PublishedCsv.observations(published.resolve("statistics.csv"));
    JsonNode document = new ObjectMapper().readTree(published.resolve("statistics.json").toFile());

    // then 11.27 is published to 1 decimal
    assertThat(value(records, "D1", "social_orgs_per_10k_residents")).isEqualTo("11.3");
    assertThat(value(records, "D1", "new_social_orgs")).isEqualTo("108");
    assertThat(value(records, "S2", "social_orgs")).isEmpty();
    assertThat(document.at("/metadata/units/social_orgs_per_10k_residents").asText())
        .isEqualTo("个/万人");
    assertThat(document.at("/metadata/method_notes").toString()).contains("每万人社区社会组织数");
  }

  @Test
  void theBulletinStatesTheDistrictsFiguresAndTabulatesTheStreets() throws Exception {
    // when
    String html = Files.readString(published.resolve("bulletin.html"));

    // then
    assertThat(html)
        .contains("四、社区社会组织")
        .contains("2025年末，全区共有社区社会组织455个，每万名常住人口拥有11.3个，全年新登记108个。")
        .contains(
            "At the end of 2025 the district had 455 community social organisations; 11.3 per"
                + " 10,000 residents; 108 were newly registered in 2025.")
        .contains("每万人社区社会组织数（个/万人）/ Social organisations per 10,000 residents");
    String table = html.substring(html.indexOf("id=\"social-organisations\""));
    assertThat(table)
        .contains(
            ">城东街道</th><td class=\"figure\">40</td><td class=\"figure\">10.0</td>"
                + "<td class=\"figure\">7</td>")
        .contains(">工业园区</th><td class=\"figure\">—<sup>¹</sup></td>")
        .contains(">华港镇</th><td class=\"figure\">—<sup>²</sup></td>");
  }

  private static String value(List<CSVRecord> records, String area, String indicator) {
    return records.stream()
        .filter(r -> r.get("year").equals("2025") && r.get("area_code").equals(area))
        .filter(r -> r.get("indicator_code").equals(indicator))
        .findFirst()
        .orElseThrow()
        .get("value");
  }
}
