package jianfu.dashboards.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;

/**
 * The bulletin's section on community social organisations (v2): the district's active
 * organisations at the year-end, per 10,000 residents, and those newly registered, in words, then
 * the same per street (suppressed ones as dashes, as in the burden table). Headers take the labels
 * and units social_organisations_summary declares. Absent when the year publishes none.
 */
final class SocialOrganisationsSection {

  /** The published indicator codes and the mart column each publishes, in the table's order. */
  private static final Map<String, String> COLUMN_OF_INDICATOR = new LinkedHashMap<>();

  static {
    COLUMN_OF_INDICATOR.put("social_orgs", "social_orgs");
    COLUMN_OF_INDICATOR.put("social_orgs_per_10k_residents", "social_orgs_per_10k_residents");
    COLUMN_OF_INDICATOR.put("new_social_orgs", "new_registrations");
  }

  private static final OutputTable MART = Contract.load().mart("social_organisations_summary");

  private final PublicFigures figures;

  SocialOrganisationsSection(PublicFigures figures) {
    this.figures = figures;
  }

  Optional<BulletinView.SocialSection> of(int year) {
    if (figures.district(year, "social_orgs").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new BulletinView.SocialSection(
            paragraphZh(year),
            paragraphEn(year),
            columns(),
            Bulletin.streetRows(figures, year, List.copyOf(COLUMN_OF_INDICATOR.keySet()))));
  }

  private String paragraphZh(int year) {
    List<String> clauses = new ArrayList<>();
    Double active = value(year, "social_orgs");
    if (active != null) {
      clauses.add("%d年末，全区共有社区社会组织%s个".formatted(year, Figures.plain(active, 0)));
    }
    Double per10k = value(year, "social_orgs_per_10k_residents");
    if (per10k != null) {
      clauses.add("每万名常住人口拥有%s个".formatted(Figures.plain(per10k, 1)));
    }
    Double registered = value(year, "new_social_orgs");
    if (registered != null) {
      clauses.add("全年新登记%s个".formatted(Figures.plain(registered, 0)));
    }
    return clauses.isEmpty() ? "" : String.join("，", clauses) + "。";
  }

  private String paragraphEn(int year) {
    List<String> clauses = new ArrayList<>();
    Double active = value(year, "social_orgs");
    if (active != null) {
      clauses.add(
          "At the end of %d the district had %s community social organisations"
              .formatted(year, Figures.grouped(active, 0)));
    }
    Double per10k = value(year, "social_orgs_per_10k_residents");
    if (per10k != null) {
      clauses.add("%s per 10,000 residents".formatted(Figures.plain(per10k, 1)));
    }
    Double registered = value(year, "new_social_orgs");
    if (registered != null) {
      clauses.add("%s were newly registered in %d".formatted(Figures.grouped(registered, 0), year));
    }
    return clauses.isEmpty() ? "" : String.join("; ", clauses) + ".";
  }

  private static List<String> columns() {
    List<String> columns = new ArrayList<>(List.of("街道 / Street"));
    for (String column : COLUMN_OF_INDICATOR.values()) {
      OutputColumn declared = MART.column(column);
      columns.add("%s（%s）/ %s".formatted(declared.label(), declared.unit(), declared.labelEn()));
    }
    return columns;
  }

  /** The district's published value; null when withheld or not computable. */
  private Double value(int year, String indicatorCode) {
    return figures
        .district(year, indicatorCode)
        .filter(o -> !o.suppressed())
        .map(Observation::value)
        .orElse(null);
  }
}
