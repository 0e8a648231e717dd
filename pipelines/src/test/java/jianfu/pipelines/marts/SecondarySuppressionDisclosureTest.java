package jianfu.pipelines.marts;

import static jianfu.pipelines.disclosure.SubtractionAttack.ADDITIVE_INDICATORS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import jianfu.pipelines.SparkSessionTest;
import jianfu.pipelines.disclosure.SubtractionAttack;
import jianfu.pipelines.disclosure.SubtractionAttack.Derivation;
import jianfu.pipelines.disclosure.SubtractionAttack.Figure;
import jianfu.schemas.settings.PublicationSettings;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: a reader who subtracts the published streets from the district total, for every
 * additive indicator of public_statistics (the burden measures and the social organisations, active
 * and new), learns nothing about fewer communities than the threshold. Random districts at
 * thresholds 1 to 6 (some with no street below the threshold, some with one, some with several);
 * the same districts with the secondary suppression undone show that the attack would succeed.
 */
class SecondarySuppressionDisclosureTest extends SparkSessionTest {

  private static final int DISTRICTS = 10;
  private static final List<Integer> YEARS = List.of(2023, 2024);

  @Test
  void noSuppressedFigureOfFewerCommunitiesThanTheThresholdCanBeDerived() {
    List<Derivation> leaks = new ArrayList<>();
    List<Derivation> leaksWithoutSecondary = new ArrayList<>();
    Set<Long> primaryStreetCounts = new TreeSet<>();
    Set<String> attackedIndicators = new TreeSet<>();
    for (long seed = 1; seed <= DISTRICTS; seed++) {
      // given
      Random random = new Random(seed);
      int threshold = 1 + random.nextInt(6);
      StreetFigures district = randomDistrict(random, threshold);

      // when
      List<Row> published =
          PublicStatistics.of(
                  district.burdenSummary(spark),
                  StreetFigures.noApplications(spark),
                  district.socialOrganisationsSummary(spark),
                  new PublicationSettings(threshold, PUBLICATION.asOf()))
              .collectAsList();
      SubtractionAttack attack = new SubtractionAttack(district.communities());
      List<Derivation> derived = attack.derivations(figures(published, district, false));

      // then every derived figure is the true sum of the areas it names
      for (Derivation derivation : derived) {
        long truth =
            derivation.areas().stream()
                .mapToLong(
                    area -> district.figure(derivation.year(), area, derivation.indicatorCode()))
                .sum();
        assertThat(derivation.value()).as("%s", derivation).isEqualTo((double) truth);
      }
      leaks.addAll(attack.disclosures(figures(published, district, false), threshold));
      leaksWithoutSecondary.addAll(
          attack.disclosures(figures(published, district, true), threshold));
      primaryStreetCounts.add(primaryStreets(published));
      derived.forEach(derivation -> attackedIndicators.add(derivation.indicatorCode()));
    }
    assertThat(attackedIndicators).containsExactlyInAnyOrderElementsOf(ADDITIVE_INDICATORS);
    assertThat(leaks).isEmpty();
    assertThat(leaksWithoutSecondary).as("the attack finds primary suppression alone").isNotEmpty();
    assertThat(primaryStreetCounts).contains(0L, 1L).anyMatch(count -> count >= 2);
  }

  /**
   * 0 to 3 streets below the threshold and 0 to 4 at or above it (at least one street), in random
   * order of codes S1.., with random figures.
   */
  private static StreetFigures randomDistrict(Random random, int threshold) {
    List<Long> sizes = new ArrayList<>();
    int small = random.nextInt(4);
    int large = (small == 0 ? 1 : 0) + random.nextInt(5);
    for (int i = 0; i < small; i++) {
      sizes.add((long) random.nextInt(threshold));
    }
    for (int i = 0; i < large; i++) {
      sizes.add((long) (threshold + random.nextInt(6)));
    }
    Collections.shuffle(sizes, random);
    StreetFigures district = new StreetFigures();
    for (int street = 1; street <= sizes.size(); street++) {
      long communities = sizes.get(street - 1);
      for (int year : YEARS) {
        long[] measures = new long[4];
        for (int i = 0; i < measures.length; i++) {
          measures[i] = communities * random.nextInt(8);
        }
        district
            .street(year, "S" + street, communities, measures)
            .socialOrganisations(
                year,
                "S" + street,
                communities * (500 + random.nextInt(3000)),
                communities * random.nextInt(5),
                random.nextInt(4));
      }
    }
    return district;
  }

  /**
   * The published rows as a reader sees them; with {@code undoSecondary}, a secondary-suppressed
   * figure is shown as it truly is, as primary suppression alone would publish it.
   */
  private static List<Figure> figures(
      List<Row> published, StreetFigures district, boolean undoSecondary) {
    List<Figure> figures = new ArrayList<>();
    for (Row row : published) {
      int year = row.getAs("year");
      String area = row.getAs("area_code");
      String indicator = row.getAs("indicator_code");
      String status = row.getAs("status");
      Double value = row.getAs("value");
      if (undoSecondary
          && "SECONDARY".equals(row.getAs("suppression"))
          && ADDITIVE_INDICATORS.contains(indicator)) {
        status = "PUBLISHED";
        value = (double) district.figure(year, area, indicator);
      }
      figures.add(new Figure(year, area, row.getAs("area_level"), indicator, status, value));
    }
    return figures;
  }

  private static long primaryStreets(List<Row> published) {
    return published.stream()
        .filter(row -> "STREET".equals(row.getAs("area_level")))
        .filter(row -> "PRIMARY".equals(row.getAs("suppression")))
        .map(row -> (String) row.getAs("area_code"))
        .distinct()
        .count();
  }
}
