package jianfu.pipelines.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two-way ratings with missing dimensions and raters rating only some of them, a year outside the
 * reporting years, one unrated department a year and some unrated communities, and ties: every year
 * DEP06 receives exactly the ratings of DEP05, and the second community of S01 those of the first.
 */
final class RandomRatings {

  private static final List<String> DEPARTMENT_DIMENSIONS =
      List.of("SUPPORT", "BURDEN", "GUIDANCE");
  private static final List<String> COMMUNITY_DIMENSIONS =
      List.of("TASK_COMPLETION", "QUALITY", "COOPERATION");
  private static final List<String> TIED_DEPARTMENTS = List.of("DEP05", "DEP06");

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
    List<String> departments = new ArrayList<>(district.activeDepartments());
    departments.removeAll(TIED_DEPARTMENTS);
    departments.remove(district.pick(departments));
    Map<String, List<RawRow>> received = new LinkedHashMap<>();
    for (String department : departments) {
      received.put(department, rate(year, "DEPARTMENT", department, departmentRaters()));
    }
    tie(year, "DEPARTMENT", TIED_DEPARTMENTS, departmentRaters());
    received.values().forEach(this::add);
  }

  private void rateCommunities(int year) {
    List<String> tied =
        district.communities.stream()
            .filter(community -> district.streetOfCommunity.get(community).equals("S01"))
            .limit(2)
            .toList();
    for (String community : district.communities) {
      if (!tied.contains(community) && district.chance(0.85)) {
        add(rate(year, "COMMUNITY", community, communityRaters(community)));
      }
    }
    tie(year, "COMMUNITY", tied, communityRaters(tied.get(0)));
  }

  private Map<String, String> departmentRaters() {
    Map<String, String> raters = new LinkedHashMap<>();
    district.some(district.communities, 1, 4).forEach(c -> raters.put(c, "COMMUNITY"));
    district.some(district.streets, 0, 2).forEach(s -> raters.put(s, "STREET"));
    return raters;
  }

  private Map<String, String> communityRaters(String community) {
    Map<String, String> raters = new LinkedHashMap<>();
    district.some(district.activeDepartments(), 1, 3).forEach(d -> raters.put(d, "DEPARTMENT"));
    if (district.chance(0.5)) {
      raters.put(district.streetOfCommunity.get(community), "STREET");
    }
    return raters;
  }

  /** The first rater scores at least one dimension; the others some, maybe none. */
  private List<RawRow> rate(int year, String rateeType, String ratee, Map<String, String> raters) {
    List<String> dimensions =
        rateeType.equals("DEPARTMENT") ? DEPARTMENT_DIMENSIONS : COMMUNITY_DIMENSIONS;
    List<RawRow> ratings = new ArrayList<>();
    raters.forEach(
        (rater, raterType) -> {
          int fewest = ratings.isEmpty() ? 1 : 0;
          for (String dimension : district.some(dimensions, fewest, dimensions.size())) {
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

  /** The same ratings, score for score, for each of the ratees. */
  private void tie(int year, String rateeType, List<String> ratees, Map<String, String> raters) {
    List<RawRow> ratings = rate(year, rateeType, ratees.get(0), raters);
    for (String ratee : ratees) {
      add(ratings.stream().map(rating -> rating.but("ratee_code", ratee)).toList());
    }
  }

  private void add(List<RawRow> ratings) {
    ratings.forEach(rating -> district.rows.add("ratings", rating));
  }
}
