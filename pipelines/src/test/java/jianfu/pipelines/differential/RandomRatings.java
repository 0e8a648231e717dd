package jianfu.pipelines.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two-way ratings with missing dimensions, unrated departments and communities, a year outside the
 * reporting years, and ties: DEP06 and the second community of S01 sometimes receive exactly the
 * ratings of DEP05 and of the first one.
 */
final class RandomRatings {

  private static final List<String> DEPARTMENT_DIMENSIONS =
      List.of("SUPPORT", "BURDEN", "GUIDANCE");
  private static final List<String> COMMUNITY_DIMENSIONS =
      List.of("TASK_COMPLETION", "QUALITY", "COOPERATION");

  private final RandomDistrict district;

  RandomRatings(RandomDistrict district) {
    this.district = district;
  }

  void generate() {
    for (int year = RandomDistrict.FIRST_YEAR - 1; year <= RandomDistrict.LAST_YEAR; year++) {
      rateDepartments(year);
      rateCommunities(year);
    }
  }

  private void rateDepartments(int year) {
    Map<String, List<RawRow>> received = new LinkedHashMap<>();
    for (String department : district.activeDepartments()) {
      Map<String, String> raters = new LinkedHashMap<>();
      district.some(district.communities, 4).forEach(c -> raters.put(c, "COMMUNITY"));
      district.some(district.streets, 2).forEach(s -> raters.put(s, "STREET"));
      received.put(department, rate(year, "DEPARTMENT", department, raters));
    }
    tieSometimes(received, "DEP05", "DEP06");
    add(received);
  }

  private void rateCommunities(int year) {
    Map<String, List<RawRow>> received = new LinkedHashMap<>();
    for (String community : district.communities) {
      Map<String, String> raters = new LinkedHashMap<>();
      district.some(district.activeDepartments(), 3).forEach(d -> raters.put(d, "DEPARTMENT"));
      if (district.chance(0.5)) {
        raters.put(district.streetOfCommunity.get(community), "STREET");
      }
      received.put(community, rate(year, "COMMUNITY", community, raters));
    }
    List<String> firstStreet =
        district.communities.stream()
            .filter(c -> district.streetOfCommunity.get(c).equals("S01"))
            .toList();
    if (firstStreet.size() >= 2) {
      tieSometimes(received, firstStreet.get(0), firstStreet.get(1));
    }
    add(received);
  }

  /** Each rater scores some of the ratee type's dimensions (maybe none). */
  private List<RawRow> rate(int year, String rateeType, String ratee, Map<String, String> raters) {
    List<String> dimensions =
        rateeType.equals("DEPARTMENT") ? DEPARTMENT_DIMENSIONS : COMMUNITY_DIMENSIONS;
    List<RawRow> ratings = new ArrayList<>();
    raters.forEach(
        (rater, raterType) -> {
          for (String dimension : district.some(dimensions, dimensions.size())) {
            ratings.add(
                new RawRow()
                    .with("year", year)
                    .with("rater_type", raterType)
                    .with("rater_code", rater)
                    .with("ratee_type", rateeType)
                    .with("ratee_code", ratee)
                    .with("dimension", dimension)
                    .with("score", district.score())
                    .with("rated_on", district.chance(0.8) ? district.dayIn(year) : null));
          }
        });
    return ratings;
  }

  /** Half of the time, the second ratee receives a copy of the first one's ratings. */
  private void tieSometimes(Map<String, List<RawRow>> received, String first, String second) {
    if (district.chance(0.5)) {
      received.put(
          second, received.get(first).stream().map(r -> r.but("ratee_code", second)).toList());
    }
  }

  private void add(Map<String, List<RawRow>> received) {
    received.values().forEach(ratings -> ratings.forEach(r -> district.rows.add("ratings", r)));
  }
}
