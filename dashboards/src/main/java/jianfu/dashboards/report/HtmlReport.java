package jianfu.dashboards.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import jianfu.dashboards.serving.Headline;
import jianfu.dashboards.serving.HeadlineYear;
import jianfu.dashboards.serving.ServingDatabase;
import jianfu.schemas.Contract;

/**
 * The built-in report: {@code <output>/report/index.html}, one self-contained page (ECharts, data
 * and styles inside) that opens from disk with no server and no network. Six tabs: burden
 * monitoring, data completeness, access compliance and agreements, the annual performance review,
 * the social organisations and the public statistics. The header says which year the headline is
 * for and which later years are provisional.
 */
public final class HtmlReport {

  public static final String FOLDER = "report";

  private static final String ECHARTS_WEBJAR = "META-INF/resources/webjars/echarts/";

  private final Contract contract;

  public HtmlReport(Contract contract) {
    this.contract = contract;
  }

  public static Path location(Path output) {
    return output.resolve(FOLDER).resolve("index.html");
  }

  /** Reads {@code <output>/serving/jianfu.duckdb} and writes the report beside it. */
  public Path write(Path output) throws IOException, SQLException {
    Path served = ServingDatabase.location(output);
    if (!Files.isRegularFile(served)) {
      throw new IOException(
          "no served database at " + served + ": run ./jianfu run (or ./jianfu demo) first");
    }
    List<Page> pages;
    Headline headline = Headline.read(served);
    try (ServedRows rows = ServedRows.open(served)) {
      pages =
          List.of(
              new BurdenPage(contract).read(rows, headline),
              new CompletenessPage(contract).read(rows, headline.year()),
              new CompliancePage(contract).read(rows, headline.year()),
              new PerformancePage(contract).read(rows),
              new SocialOrganisationsPage(contract).read(rows, headline.year()),
              new PublicStatisticsPage(contract).read(rows, headline.year()));
    }
    Path target = location(output);
    Files.createDirectories(target.getParent());
    Path temporary = target.resolveSibling(".index.html.writing");
    Files.writeString(temporary, render(pages, headline.year()), StandardCharsets.UTF_8);
    Files.move(
        temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  static String render(List<Page> pages, HeadlineYear headlineYear) throws IOException {
    Map<String, Object> options = new LinkedHashMap<>();
    pages.forEach(page -> page.charts().forEach(chart -> options.put(chart.id(), chart.option())));
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("headlineYear", headlineYear);
    scope.put("pages", pages);
    scope.put("firstPage", pages.get(0).id());
    scope.put("options", ScriptSafeJson.write(options));
    scope.put("echarts", echarts());
    Mustache template = new DefaultMustacheFactory(FOLDER).compile("index.mustache");
    StringWriter html = new StringWriter();
    template.execute(html, scope).flush();
    return html.toString();
  }

  /** The minified ECharts of the WebJar on the classpath, whatever its version. */
  private static String echarts() throws IOException {
    Properties webjar = new Properties();
    try (InputStream pom = resource("META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
      webjar.load(pom);
    }
    try (InputStream script =
        resource(ECHARTS_WEBJAR + webjar.getProperty("version") + "/dist/echarts.min.js")) {
      return new String(script.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream stream = HtmlReport.class.getClassLoader().getResourceAsStream(name);
    if (stream == null) {
      throw new IOException(name + " is not on the classpath (the echarts WebJar is missing)");
    }
    return stream;
  }
}
