package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The social organisations of the demo echo the reform's figures, recounted from the CSVs as
 * docs/indicators.md defines them (active at year-end; based in a street when at the street or one
 * of its communities): the district above 10 per 10,000 residents in the latest years with a few
 * published streets below, about 108 registrations a year, a few dozen associations doing hundreds
 * of matters, projects of both kinds every year.
 */
class SocialOrganisationCalibrationTest {

  /** conf/jianfu.yml social_organisations.target_per_10k_residents, by default. */
  private static final double TARGET = 10;

  private static final List<Integer> LATEST_YEARS = List.of(Years.LATEST, Years.CURRENT);

  private final DemoFolder demo = DemoFolder.shared();
  private final List<Map<String, String>> organisations = demo.rows("social_organisations");
  private final Map<String, String> streetOf = new HashMap<>();
  private final Map<String, Integer> residents = new HashMap<>();
  private final Map<String, Integer> communities = new HashMap<>();

  SocialOrganisationCalibrationTest() {
    for (Map<String, String> org : demo.rows("org_units")) {
      String code = org.get("org_code");
      switch (org.get("level")) {
        case "STREET" -> streetOf.put(code, code);
        case "COMMUNITY" -> {
          String street = org.get("parent_code");
          streetOf.put(code, street);
          residents.merge(street, Integer.parseInt(org.get("residents")), Integer::sum);
          communities.merge(street, 1, Integer::sum);
        }
        default -> {}
      }
    }
  }

  @Test
  void theDistrictIsAboveTargetWithAFewPublishedStreetsBelow() {
    int people = residents.values().stream().mapToInt(Integer::intValue).sum();
    for (int year : LATEST_YEARS) {
      Map<String, Integer> active = new HashMap<>();
      organisations.stream()
          .filter(o -> activeAtYearEnd(o, year))
          .forEach(o -> active.merge(streetOf.get(o.get("org_code")), 1, Integer::sum));
      double district = perTenThousand(active.values().stream().mapToInt(i -> i).sum(), people);
      List<String> below =
          residents.keySet().stream()
              .filter(s -> perTenThousand(active.getOrDefault(s, 0), residents.get(s)) < TARGET)
              .toList();

      assertThat(district).as("district %d", year).isBetween(TARGET, 14.0);
      assertThat(below).as("streets below target in %d", year).hasSizeBetween(2, 4);
      assertThat(below).allSatisfy(s -> assertThat(communities.get(s)).isGreaterThanOrEqualTo(3));
    }
  }

  @Test
  void aboutOneHundredAndEightRegisterEveryClosedYear() {
    List<Long> registered =
        Years.CLOSED.stream()
            .map(y -> organisations.stream().filter(o -> yearOf(o, "registered_on") == y).count())
            .toList();

    assertThat(registered).allSatisfy(n -> assertThat(n).isBetween(95L, 122L));
    assertThat(registered.stream().mapToLong(Long::longValue).average().orElseThrow())
        .isBetween(100.0, 116.0);
  }

  @Test
  void someAreDeregisteredSomeFosteredSomeBasedAtAStreet() {
    assertThat(organisations.stream().filter(o -> !o.get("deregistered_on").isEmpty()).count())
        .isGreaterThan(50);
    assertThat(organisations.stream().filter(o -> o.get("fostered").equals("true")).count())
        .isGreaterThan(50);
    assertThat(organisations).anySatisfy(o -> assertThat(o.get("fostered")).isEmpty());
    assertThat(organisations)
        .anySatisfy(o -> assertThat(streetOf.get(o.get("org_code"))).isEqualTo(o.get("org_code")));
  }

  @Test
  void aFewDozenAssociationsDoHundredsOfMattersAndRaiseMoneyEveryClosedYear() {
    List<Map<String, String>> contributions = demo.rows("association_contributions");
    long associations =
        organisations.stream()
            .filter(o -> o.get("category").equals("SELF_GOVERNANCE"))
            .filter(o -> activeAtYearEnd(o, Years.LATEST))
            .count();

    assertThat(associations).isBetween(24L, 60L);
    for (int year : Years.CLOSED) {
      List<Map<String, String>> ofYear =
          contributions.stream().filter(c -> c.get("year").equals("" + year)).toList();
      assertThat(ofYear.stream().mapToInt(c -> Integer.parseInt(c.get("matters"))).sum())
          .as("matters %d", year)
          .isBetween(200, 999);
      assertThat(sum(ofYear, "funding_yuan")).as("money %d", year).isPositive();
    }
  }

  @Test
  void purchasedServiceAndVentureProjectsEveryYearWithFundingAndBeneficiaries() {
    List<Map<String, String>> projects = demo.rows("service_projects");
    for (int year : Years.REPORTING) {
      for (String kind : List.of("PURCHASED_SERVICE", "VENTURE")) {
        List<Map<String, String>> ofYear =
            projects.stream()
                .filter(p -> p.get("year").equals("" + year) && p.get("kind").equals(kind))
                .toList();
        assertThat(ofYear).as("%s %d", kind, year).isNotEmpty();
        assertThat(sum(ofYear, "funding_yuan")).isPositive();
        assertThat(sum(ofYear, "beneficiaries")).isPositive();
      }
    }
    // the reform buys more every year
    assertThat(
            IntStream.of(Years.BASELINE, Years.LATEST)
                .mapToLong(y -> projects.stream().filter(p -> p.get("year").equals("" + y)).count())
                .toArray())
        .isSorted();
  }

  private static boolean activeAtYearEnd(Map<String, String> organisation, int year) {
    LocalDate yearEnd = Years.yearEnd(year);
    String deregistered = organisation.get("deregistered_on");
    return !LocalDate.parse(organisation.get("registered_on")).isAfter(yearEnd)
        && (deregistered.isEmpty() || LocalDate.parse(deregistered).isAfter(yearEnd));
  }

  private static int yearOf(Map<String, String> row, String dateColumn) {
    return LocalDate.parse(row.get(dateColumn)).getYear();
  }

  private static double perTenThousand(int organisations, int people) {
    return 10_000.0 * organisations / people;
  }

  private static BigDecimal sum(List<Map<String, String>> rows, String column) {
    return rows.stream()
        .map(r -> new BigDecimal(r.get(column)))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
