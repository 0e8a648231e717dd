package jianfu.dashboards.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jianfu.schemas.Contract;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Part of the hostile-input suite: the public files of a district whose area codes and names are
 * markup, script and spreadsheet formulas. No spreadsheet runs a cell of statistics.csv, numbers
 * stay numbers, statistics.json holds every value exactly, and the bulletin shows the names as
 * text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileNamesPublicationTest {

  /** What Excel, LibreOffice and Google Sheets read as the start of a formula. */
  private static final String FORMULA_START = "=+-@\t\r";

  private static final PublishedRun.Areas AREAS = PublishedRun.HOSTILE;

  private Path published;

  @BeforeAll
  void publish(@TempDir Path output) throws Exception {
    Path served = PublishedRun.served(output, AREAS);
    published = new PublicFiles(Contract.load(), 3).write(output, served);
  }

  @Test
  void noCellOfTheCsvStartsAFormulaWhateverTheSpreadsheetsSeparator() throws Exception {
    for (char separator : new char[] {',', ';', '\t'}) {
      // when read as a spreadsheet reads it: comment lines are cells too, split where it splits
      List<String> cells =
          cells(
              CSVFormat.RFC4180
                  .builder()
                  .setDelimiter(separator)
                  .setTrailingData(true) // a spreadsheet reads on past a quote inside a cell
                  .setLenientEof(true)
                  .get());

      // then
      assertThat(cells)
          .as("separator %s", separator)
          .isNotEmpty()
          .noneMatch(HostileNamesPublicationTest::startsAFormula);
    }
  }

  @Test
  void csvTextCellsAreQuotedAndPrefixedWhileNumbersStayBareNumbers() throws Exception {
    // when
    List<CSVRecord> records = PublishedCsv.observations(published.resolve("statistics.csv"));
    String text = Files.readString(published.resolve("statistics.csv"), StandardCharsets.UTF_8);

    // then a formula keeps its text behind a single quote (codes and names alike)
    assertThat(nameOfArea(records, "'=HYPERLINK(\"http://x.example/\")"))
        .isEqualTo(AREAS.published().name());
    assertThat(nameOfArea(records, "'+1")).isEqualTo("'@SUM(A1:A9)");
    assertThat(nameOfArea(records, "'-2+3")).isEqualTo("'\t'=1+1;'=2+2\r\n'-3");
    assertThat(text).contains("\"'+1\",\"'@SUM(A1:A9)\",\"STREET\"");
    // and a negative figure is a bare number
    assertThat(text).contains(",-3.3,\"%\",0,1,2022,");
    assertThat(text).startsWith("\uFEFF# 海陵区,'=HYPERLINK(");
  }

  @Test
  void jsonHoldsEveryCodeAndNameExactly() throws Exception {
    // when
    JsonNode document = new ObjectMapper().readTree(published.resolve("statistics.json").toFile());

    // then
    assertThat(document.get("metadata").get("title").asText()).startsWith(AREAS.district().name());
    Map<String, String> namesByCode = new HashMap<>();
    document
        .get("observations")
        .forEach(o -> namesByCode.put(o.get("area_code").asText(), o.get("area_name").asText()));
    assertThat(namesByCode)
        .containsEntry(AREAS.district().code(), AREAS.district().name())
        .containsEntry(AREAS.published().code(), AREAS.published().name())
        .containsEntry(AREAS.suppressed().code(), AREAS.suppressed().name())
        .containsEntry(AREAS.withheld().code(), AREAS.withheld().name());
  }

  @Test
  void theBulletinShowsEveryNameAsText() throws Exception {
    // when
    String html = Files.readString(published.resolve("bulletin.html"));

    // then
    assertThat(html).doesNotContain("<img", "<script", "</script>", "onerror=");
    assertThat(html)
        .contains("<title>海陵区,&#61;HYPERLINK(&quot;http://x.example/&quot;)\u2028&lt;/script&gt;")
        .contains("<th scope=\"row\">&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;</th>")
        .contains("<th scope=\"row\">&#64;SUM(A1:A9)</th>".replace("&#64;", "@"));
  }

  /** A cell beginning with a formula character that is not a plain (negative) number. */
  private static boolean startsAFormula(String cell) {
    return !cell.isEmpty()
        && FORMULA_START.indexOf(cell.charAt(0)) >= 0
        && !cell.matches("-\\d+(\\.\\d+)?");
  }

  private List<String> cells(CSVFormat format) throws IOException {
    List<String> cells = new ArrayList<>();
    PublishedCsv.read(published.resolve("statistics.csv"), format)
        .forEach(record -> record.forEach(cells::add));
    return cells;
  }

  /** The area_name of the first record with this area_code (as the CSV has it). */
  private static String nameOfArea(List<CSVRecord> records, String areaCode) {
    return records.stream()
        .filter(r -> r.get("area_code").equals(areaCode))
        .findFirst()
        .orElseThrow()
        .get("area_name");
  }
}
