package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jianfu.pipelines.disclosure.SubtractionAttack;
import jianfu.pipelines.disclosure.SubtractionAttack.Derivation;
import jianfu.pipelines.disclosure.SubtractionAttack.Figure;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scans a run's public files for what must never be published: community codes and names,
 * department codes and names (so no department rating or rank can be attributed), social
 * organisations' names and registration numbers, any figure of a suppressed area, and any figure of
 * fewer communities than the threshold that the published ones give away by subtraction.
 */
final class PublicDisclosure {

  private final Path input;
  private final Path publicFolder;
  private final Connection served;

  PublicDisclosure(Path input, Path output, Connection served) {
    this.input = input;
    this.publicFolder = output.resolve("public");
    this.served = served;
  }

  /** Every identifier of a community, a department or a social organisation the input names. */
  List<String> forbiddenIdentifiers() throws IOException {
    List<String> forbidden = new ArrayList<>();
    for (CSVRecord orgUnit : records(input.resolve("org_units.csv"))) {
      if (orgUnit.get("level").equals("COMMUNITY")) {
        forbidden.add(orgUnit.get("org_code"));
        forbidden.add(orgUnit.get("org_name"));
      }
    }
    for (CSVRecord department : records(input.resolve("departments.csv"))) {
      forbidden.add(department.get("dept_code"));
      forbidden.add(department.get("dept_name"));
    }
    forbidden.addAll(socialOrganisationIdentifiers());
    return forbidden;
  }

  /** The names and registration numbers of the input's social organisations (none without). */
  List<String> socialOrganisationIdentifiers() throws IOException {
    Path organisations = input.resolve("social_organisations.csv");
    List<String> identifiers = new ArrayList<>();
    if (Files.exists(organisations)) {
      for (CSVRecord organisation : records(organisations)) {
        identifiers.add(organisation.get("org_id"));
        identifiers.add(organisation.get("name"));
      }
    }
    return identifiers;
  }

  /** The text of every public file. */
  List<String> publicTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(publicFolder)) {
      for (Path file : files.toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  /** The published CSV rows of the areas public_statistics suppresses. */
  List<CSVRecord> suppressedCsvRows() throws IOException {
    return csvRows().stream().filter(row -> row.get("status").equals("SUPPRESSED")).toList();
  }

  List<CSVRecord> csvRows() throws IOException {
    try (Reader in = Files.newBufferedReader(publicFolder.resolve("statistics.csv"))) {
      in.skip(1); // the byte-order mark
      return CSVFormat.RFC4180
          .builder()
          .setCommentMarker('#')
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }

  /**
   * The bulletin's table row of a street, from its name to the end of the row: the cells a reader
   * sees for it.
   */
  String bulletinRowOf(String streetName) throws IOException {
    String html = Files.readString(publicFolder.resolve("bulletin.html"));
    int start = html.indexOf(">" + streetName + "</th>");
    assertThat(start).as("bulletin row of %s", streetName).isNotNegative();
    return html.substring(start, html.indexOf("</tr>", start));
  }

  /**
   * What subtracting the published streets from the district total derives from {@code
   * statistics.csv}, for every year and additive indicator, with the communities of the areas
   * derived (as the served burden_summary counts them).
   */
  List<Derivation> subtractionDerivations() throws IOException, SQLException {
    List<Figure> figures = new ArrayList<>();
    for (CSVRecord row : csvRows()) {
      String value = row.get("value");
      figures.add(
          new Figure(
              Integer.parseInt(row.get("year")),
              row.get("area_code"),
              row.get("area_level"),
              row.get("indicator_code"),
              row.get("status"),
              value.isEmpty() ? null : Double.valueOf(value)));
    }
    return new SubtractionAttack(communitiesPerArea()).derivations(figures);
  }

  /** The suppression threshold the public files state. */
  int publishedThreshold() throws IOException {
    return new ObjectMapper()
        .readTree(publicFolder.resolve("statistics.json").toFile())
        .at("/metadata/suppression_threshold")
        .asInt();
  }

  private Map<String, Long> communitiesPerArea() throws SQLException {
    Map<String, Long> communities = new HashMap<>();
    try (Statement statement = served.createStatement();
        ResultSet row =
            statement.executeQuery("SELECT DISTINCT org_code, communities FROM burden_summary")) {
      while (row.next()) {
        communities.put(row.getString(1), row.getLong(2));
      }
    }
    return communities;
  }

  /** The true figures of a suppressed street from the (not public) burden_summary mart. */
  List<String> trueFiguresOf(String streetCode, int year) throws SQLException {
    List<String> figures = new ArrayList<>();
    try (Statement statement = served.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT work_items, activities, signboards, ledger_volumes FROM burden_summary"
                    + " WHERE org_code = '%s' AND year = %d".formatted(streetCode, year))) {
      row.next();
      for (int column = 1; column <= 4; column++) {
        figures.add(String.valueOf(row.getLong(column)));
      }
    }
    return figures;
  }

  private static List<CSVRecord> records(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv)) {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }
}
