package jianfu.oracle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The org units and departments of a small random district, and the random choices the other
 * generators share. Street S04 has no community; DEP07 asks for work without ever applying; DEP08
 * has nothing at all. Some community-years are silent (no work items, ledgers or their returns).
 */
final class RandomDistrict {

  static final int FIRST_YEAR = 2021;
  static final int LAST_YEAR = 2023;
  static final String DISTRICT = "D00";
  private static final int COMMUNITIES = 20;
  private static final int DEPARTMENTS = 8;

  final Random random;
  final RawRows rows;
  final List<String> streets = List.of("S01", "S02", "S03", "S04");
  final List<String> communities = new ArrayList<>();
  final Map<String, String> streetOfCommunity = new LinkedHashMap<>();
  final List<String> departments = new ArrayList<>();

  /**
   * Community-years that recorded no work item and no ledger and did not send those two returns:
   * about one in eight, and every year but the last of the last community, which reports only in
   * the latest year.
   */
  final Set<List<Object>> silent = new HashSet<>();

  RandomDistrict(long seed, RawRows rows) {
    this.random = new Random(seed);
    this.rows = rows;
    addOrgUnit(DISTRICT, "DISTRICT", null);
    streets.forEach(street -> addOrgUnit(street, "STREET", DISTRICT));
    int smallStreet = 1 + random.nextInt(2);
    for (int i = 1; i <= COMMUNITIES; i++) {
      String community = "C%03d".formatted(i);
      String street = i <= smallStreet ? "S03" : pick(streets.subList(0, 2));
      communities.add(community);
      streetOfCommunity.put(community, street);
      addOrgUnit(community, "COMMUNITY", street);
    }
    String lastCommunity = communities.get(communities.size() - 1);
    for (String community : communities) {
      for (int year : reportingYears()) {
        boolean joinsLate = community.equals(lastCommunity) && year < LAST_YEAR;
        if (joinsLate || chance(0.12)) {
          silent.add(List.of(community, year));
        }
      }
    }
    for (int i = 1; i <= DEPARTMENTS; i++) {
      String department = "DEP%02d".formatted(i);
      departments.add(department);
      rows.add(
          "departments",
          new RawRow()
              .with("dept_code", department)
              .with("dept_name", "部门" + department)
              .with(
                  "category",
                  pick(List.of("PARTY", "GOVERNMENT", "MASS_ORG", "VERTICAL", "OTHER"))));
    }
  }

  private void addOrgUnit(String code, String level, String parent) {
    boolean community = level.equals("COMMUNITY");
    rows.add(
        "org_units",
        new RawRow()
            .with("org_code", code)
            .with("org_name", "单位" + code)
            .with("level", level)
            .with("parent_code", parent)
            .with("community_type", community ? (chance(0.3) ? "RURAL" : "URBAN") : null)
            .with("residents", community ? between(0, 9000) : null));
  }

  boolean silent(String community, int year) {
    return silent.contains(List.of(community, year));
  }

  /** Departments that apply for access (DEP01..DEP06). */
  List<String> applyingDepartments() {
    return departments.subList(0, DEPARTMENTS - 2);
  }

  /** Departments that ask communities for work or are rated (all but DEP08). */
  List<String> activeDepartments() {
    return departments.subList(0, DEPARTMENTS - 1);
  }

  List<Integer> reportingYears() {
    return IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList();
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  int between(int lowest, int highest) {
    return lowest + random.nextInt(highest - lowest + 1);
  }

  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** Between {@code fewest} and {@code most} distinct elements, in random order. */
  <T> List<T> some(List<T> choices, int fewest, int most) {
    List<T> shuffled = new ArrayList<>(choices);
    Collections.shuffle(shuffled, random);
    return List.copyOf(shuffled.subList(0, Math.min(between(fewest, most), shuffled.size())));
  }

  /** A day of the year, a year boundary (01-01 or 12-31) half of the time. */
  LocalDate dayIn(int year) {
    return switch (random.nextInt(4)) {
      case 0 -> LocalDate.of(year, 1, 1);
      case 1 -> LocalDate.of(year, 12, 31);
      default -> LocalDate.ofYearDay(year, between(1, 365));
    };
  }

  /** Yuan with cents, sometimes nothing at all. */
  BigDecimal yuan(int mostWholeYuan) {
    return chance(0.2)
        ? new BigDecimal("0.00")
        : BigDecimal.valueOf(random.nextInt(mostWholeYuan * 100) + 1L, 2);
  }
}
