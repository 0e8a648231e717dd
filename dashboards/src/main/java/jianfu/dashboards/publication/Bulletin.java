package jianfu.dashboards.publication;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jianfu.dashboards.serving.HeadlineYear;
import jianfu.schemas.Contract;
import jianfu.schemas.Measure;

/**
 * {@code bulletin.html}: a bilingual statistical communiqué (统计公报) of the headline year, the latest
 * year whose figures are final (a later provisional year is named, with the share of returns
 * received, but never headlined): the four reductions against the baseline year, year-on-year
 * change in percent, the share of applications approved with its change in percentage points, and a
 * table of streets where suppressed figures are dashes with a footnote.
 */
final class Bulletin {

  private static final List<Measure> MEASURES = Contract.load().measures();
  private static final String MARK_PRIMARY = "¹";
  private static final String MARK_SECONDARY = "²";
  private static final String MARK_PROVISIONAL = "³";

  private final PublicFigures figures;
  private final PublicationMetadata metadata;
  private final String districtName;

  Bulletin(PublicFigures figures, PublicationMetadata metadata, String districtName) {
    this.figures = figures;
    this.metadata = metadata;
    this.districtName = districtName == null ? "全区" : districtName;
  }

  void write(Path file) throws IOException {
    Mustache template = new DefaultMustacheFactory("publication/").compile("bulletin.mustache");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      template.execute(out, view()).flush();
    }
  }

  BulletinView view() {
    HeadlineYear headline = metadata.headlineYear();
    String titleZh = districtName + "社区工作减负统计公报";
    String titleEn = "Statistical communiqué on community burden reduction";
    BulletinView.Headline period =
        figures.observations().isEmpty()
            ? null
            : new BulletinView.Headline(
                "数据年度：" + headline.zh() + "。", "Figures for " + headline.en() + ".");
    if (!headline.hasHeadline()) {
      return new BulletinView(
          titleZh,
          titleEn,
          String.valueOf(metadata.asOf()),
          period,
          List.of(),
          List.of("本期无可公布的定稿数据。"),
          List.of("There are no final figures to publish."),
          List.of(),
          List.of(),
          null,
          List.of(),
          metadata.methodNotes());
    }
    int year = headline.year();
    return new BulletinView(
        "%s（%d年）".formatted(titleZh, year),
        "%s, %d".formatted(titleEn, year),
        String.valueOf(metadata.asOf()),
        period,
        headlines(year),
        List.of(burdenZh(year), applicationsZh(year)),
        List.of(burdenEn(year), applicationsEn(year)),
        streetColumns(),
        streetRows(year),
        new SocialOrganisationsSection(figures).of(year).orElse(null),
        List.of(
            MARK_PRIMARY
                + " 该区域社区数少于%d个，数据不予公布。 Fewer than %d communities: not published."
                    .formatted(metadata.suppressionThreshold(), metadata.suppressionThreshold()),
            MARK_SECONDARY
                + " 为防止由全区合计减去其他街道推算出注¹所示区域的数据，不予公布。 Withheld so that the district"
                + " total minus the published streets cannot reveal the areas marked ¹.",
            MARK_PROVISIONAL
                + " 初步数据：该街道本年度报表收回率低于完整性门槛。 Provisional: the street's returns for the year"
                + " are below the completeness threshold."),
        metadata.methodNotes());
  }

  private List<BulletinView.Headline> headlines(int year) {
    List<BulletinView.Headline> headlines = new ArrayList<>();
    for (Measure measure : MEASURES) {
      Double reduction = value(year, measure.reductionPctColumn());
      if (reduction != null) {
        headlines.add(
            new BulletinView.Headline(
                measure.label() + "较基期" + changeZh(reduction),
                "%s: %s than in %d"
                    .formatted(measure.labelEn(), changeEn(reduction), metadata.baselineYear())));
      }
    }
    return headlines;
  }

  /** A measure's district figures in a year: total, reduction and change on the year before. */
  private record MeasureFigures(Measure measure, Double total, Double reduction, Double change) {}

  /** The district's applications in a year and the share approved, with its change in points. */
  private record ApplicationFigures(
      double submitted, double approved, Double share, Double points) {}

  private List<MeasureFigures> measures(int year) {
    List<MeasureFigures> measures = new ArrayList<>();
    for (Measure measure : MEASURES) {
      Double total = value(year, measure.name());
      Double previous = value(year - 1, measure.name());
      Double change =
          total == null || previous == null || previous == 0
              ? null
              : 100 * (total - previous) / previous;
      measures.add(
          new MeasureFigures(measure, total, value(year, measure.reductionPctColumn()), change));
    }
    return measures;
  }

  private Optional<ApplicationFigures> applications(int year) {
    Double submitted = value(year, "applications_submitted");
    Double approved = value(year, "applications_approved");
    if (submitted == null || approved == null) {
      return Optional.empty();
    }
    Double share = share(approved, submitted);
    Double previousShare =
        share(value(year - 1, "applications_approved"), value(year - 1, "applications_submitted"));
    Double points =
        share == null || previousShare == null
            ? null
            : Figures.rounded(share, 1).subtract(Figures.rounded(previousShare, 1)).doubleValue();
    return Optional.of(new ApplicationFigures(submitted, approved, share, points));
  }

  private String burdenZh(int year) {
    List<String> clauses = new ArrayList<>();
    for (MeasureFigures m : measures(year)) {
      String clause = m.measure().label() + Figures.plain(m.total(), 0) + m.measure().unit();
      if (m.reduction() != null) {
        clause += "，较基期" + changeZh(m.reduction());
      }
      if (m.change() != null) {
        clause += "，比上年" + (m.change() >= 0 ? "增长" : "下降") + percent(m.change());
      }
      clauses.add(clause);
    }
    return "%d年，全区%s。基期为%d年。".formatted(year, String.join("；", clauses), metadata.baselineYear());
  }

  private String burdenEn(int year) {
    List<String> clauses = new ArrayList<>();
    for (MeasureFigures m : measures(year)) {
      List<String> changes = new ArrayList<>();
      if (m.reduction() != null) {
        changes.add(changeEn(m.reduction()) + " than in the baseline year");
      }
      if (m.change() != null) {
        changes.add(
            percent(m.change()) + (m.change() >= 0 ? " up" : " down") + " on the year before");
      }
      String clause = Figures.grouped(m.total(), 0) + " " + inSentence(m.measure().labelEn());
      clauses.add(changes.isEmpty() ? clause : clause + " (" + String.join("; ", changes) + ")");
    }
    return "In %d the district's communities carried %s. The baseline year is %d."
        .formatted(year, String.join(", ", clauses), metadata.baselineYear());
  }

  private String applicationsZh(int year) {
    return applications(year)
        .map(
            a -> {
              String text =
                  "全年受理社区工作准入申报%s件，批准%s件"
                      .formatted(Figures.plain(a.submitted(), 0), Figures.plain(a.approved(), 0));
              if (a.share() != null) {
                text += "，批准件数占申报件数的" + percent(a.share());
              }
              if (a.points() != null) {
                text += "，比上年%s%s个百分点".formatted(a.points() >= 0 ? "提高" : "下降", points(a.points()));
              }
              return text + "。";
            })
        .orElse("");
  }

  private String applicationsEn(int year) {
    return applications(year)
        .map(
            a -> {
              String text =
                  "%s applications to hand work to communities were submitted and %s approved"
                      .formatted(
                          Figures.grouped(a.submitted(), 0), Figures.grouped(a.approved(), 0));
              if (a.share() != null) {
                text += " (%s of those submitted".formatted(percent(a.share()));
                if (a.points() != null) {
                  text +=
                      ", %s %s percentage points on the year before"
                          .formatted(a.points() >= 0 ? "up" : "down", points(a.points()));
                }
                text += ")";
              }
              return text + ".";
            })
        .orElse("");
  }

  private List<String> streetColumns() {
    List<String> columns = new ArrayList<>(List.of("街道 / Street"));
    for (Measure measure : MEASURES) {
      columns.add("%s（%s）/ %s".formatted(measure.label(), measure.unit(), measure.labelEn()));
      columns.add("较基期减少(%) / Reduction (%)");
    }
    return columns;
  }

  private List<BulletinView.StreetRow> streetRows(int year) {
    return streetRows(
        figures,
        year,
        MEASURES.stream().flatMap(m -> Stream.of(m.name(), m.reductionPctColumn())).toList());
  }

  /** A row per street of a year, with a cell per indicator (empty when it has no observation). */
  static List<BulletinView.StreetRow> streetRows(
      PublicFigures figures, int year, List<String> indicatorCodes) {
    Map<String, BulletinView.StreetRow> rows = new LinkedHashMap<>();
    for (Observation street : figures.streets(year, "work_items")) {
      List<BulletinView.Cell> cells = new ArrayList<>();
      for (String indicatorCode : indicatorCodes) {
        cells.add(cell(figures.find(year, street.areaCode(), indicatorCode)));
      }
      String name = street.areaName() == null ? street.areaCode() : street.areaName();
      rows.put(street.areaCode(), new BulletinView.StreetRow(name, cells));
    }
    return List.copyOf(rows.values());
  }

  private static BulletinView.Cell cell(Optional<Observation> observation) {
    if (observation.isEmpty()) {
      return new BulletinView.Cell("", "");
    }
    Observation o = observation.get();
    if (o.suppressed()) {
      return new BulletinView.Cell("—", o.primarySuppressed() ? MARK_PRIMARY : MARK_SECONDARY);
    }
    return new BulletinView.Cell(
        Figures.plain(o.value(), o.decimals()),
        "PROVISIONAL".equals(o.status()) ? MARK_PROVISIONAL : "");
  }

  private Double value(int year, String indicatorCode) {
    return figures
        .district(year, indicatorCode)
        .filter(o -> !o.suppressed())
        .map(Observation::value)
        .orElse(null);
  }

  private static Double share(Double part, Double whole) {
    return part == null || whole == null || whole == 0 ? null : 100 * part / whole;
  }

  /** 减少60.0% or 增加3.2%. */
  private static String changeZh(double reduction) {
    return (reduction >= 0 ? "减少" : "增加") + percent(reduction);
  }

  private static String changeEn(double reduction) {
    return percent(reduction) + (reduction >= 0 ? " fewer" : " more");
  }

  /** The magnitude in percent to one decimal: 60.0%. */
  private static String percent(double value) {
    return Figures.plain(Math.abs(value), 1) + "%";
  }

  private static String points(double value) {
    return Figures.plain(Math.abs(value), 1);
  }

  /** A label as running text writes it: "Work items" → "work items". */
  private static String inSentence(String label) {
    return Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }
}
