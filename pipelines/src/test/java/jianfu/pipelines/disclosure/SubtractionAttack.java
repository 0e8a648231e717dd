package jianfu.pipelines.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a reader of the public figures can work out about the suppressed ones. For every year and
 * additive indicator the district equals the sum of its streets, so with the district published the
 * withheld streets' sum is the district minus the published streets, and with every street
 * published a withheld district is their sum. Each derivation pins down one area or a combination
 * of areas; it discloses when they have fewer communities than the threshold together. Used on the
 * mart (pipelines) and on the published files (cli).
 */
public final class SubtractionAttack {

  /**
   * The indicators whose district figure is the sum of its streets' figures: the burden measures,
   * and the social organisations (each is based at a community or a street, so at exactly one
   * street or one of its communities).
   */
  public static final List<String> ADDITIVE_INDICATORS =
      List.of(
          "work_items",
          "activities",
          "signboards",
          "ledger_volumes",
          "social_orgs",
          "new_social_orgs");

  private static final String DISTRICT = "DISTRICT";

  /** One published row as a reader sees it: its status, and its value unless SUPPRESSED. */
  public record Figure(
      int year,
      String areaCode,
      String areaLevel,
      String indicatorCode,
      String status,
      Double value) {

    boolean suppressed() {
      return status.equals("SUPPRESSED");
    }
  }

  /** Areas whose combined figure a reader derives, the figure, and their communities together. */
  public record Derivation(
      int year, String indicatorCode, List<String> areas, double value, long communities) {}

  private record YearAndIndicator(int year, String indicatorCode) {}

  private final Map<String, Long> communities;

  /** {@code communities}: every area's (the district's and each street's) number of communities. */
  public SubtractionAttack(Map<String, Long> communities) {
    this.communities = Map.copyOf(communities);
  }

  /** Every combination of suppressed areas the published figures pin down, with its figure. */
  public List<Derivation> derivations(List<Figure> figures) {
    Map<YearAndIndicator, List<Figure>> groups = new LinkedHashMap<>();
    for (Figure figure : figures) {
      if (ADDITIVE_INDICATORS.contains(figure.indicatorCode())) {
        groups
            .computeIfAbsent(
                new YearAndIndicator(figure.year(), figure.indicatorCode()), k -> new ArrayList<>())
            .add(figure);
      }
    }
    List<Derivation> derived = new ArrayList<>();
    groups.forEach((group, members) -> derive(group, members).ifPresent(derived::add));
    return derived;
  }

  /** The derivations that pin down fewer communities than the threshold. */
  public List<Derivation> disclosures(List<Figure> figures, int threshold) {
    return derivations(figures).stream().filter(d -> d.communities() < threshold).toList();
  }

  private Optional<Derivation> derive(YearAndIndicator group, List<Figure> figures) {
    Figure district =
        figures.stream()
            .filter(f -> f.areaLevel().equals(DISTRICT))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no district figure in " + group));
    List<Figure> streets = figures.stream().filter(f -> !f.areaLevel().equals(DISTRICT)).toList();
    SortedSet<String> withheld = new TreeSet<>();
    double published = 0;
    for (Figure street : streets) {
      if (street.suppressed()) {
        withheld.add(street.areaCode());
      } else {
        published += street.value();
      }
    }
    if (!district.suppressed() && !withheld.isEmpty()) {
      return Optional.of(derivation(group, List.copyOf(withheld), district.value() - published));
    }
    if (district.suppressed() && withheld.isEmpty()) {
      return Optional.of(derivation(group, List.of(district.areaCode()), published));
    }
    return Optional.empty();
  }

  private Derivation derivation(YearAndIndicator group, List<String> areas, double value) {
    long together =
        areas.stream()
            .map(area -> Objects.requireNonNull(communities.get(area), "communities of " + area))
            .mapToLong(Long::longValue)
            .sum();
    return new Derivation(group.year(), group.indicatorCode(), areas, value, together);
  }
}
