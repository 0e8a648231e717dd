package jianfu.oracle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Two-way ratings with raters scoring only some dimensions and a year outside the reporting years.
 * Every year: one department goes unrated and one is rated so poorly that its deductions exceed its
 * composite; DEP05 and DEP06 receive identical ratings, and so do the first two communities of S01
 * (ties); the last community is rated exactly on a grade threshold; some communities go unrated.
 */
final class RandomRatings {

  private static final List<String> DEPARTMENT_DIMENSIONS =
      List.of("SUPPORT", "BURDEN", "GUIDANCE");
  private static final List<String> COMMUNITY_DIMENSIONS =
      List.of("TASK_COMPLETION", "QUALITY", "COOPERATION");
  private static final List<String> TIED_DEPARTMENTS = List.of("DEP05", "DEP06");
  private static final List<String> ROUND_SCORES =
      List.of("0.00", "60.00", "80.00", "90.00", "100.00");
  private static final List<String> GRADE_THRESHOLDS = List.of("60.00", "80.00", "90.00");

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
    String poorlyRated = district.pick(departments);
    for (String department : departments) {
      Supplier<BigDecimal> scores = department.equals(poorlyRated) ? this::poorScore : this::score;
      add(rate(year, "DEPARTMENT", department, departmentRaters(), scores));
    }
    tie(year, "DEPARTMENT", TIED_DEPARTMENTS, departmentRaters());
  }

  private void rateCommunities(int year) {
    List<String> tied =
        district.communities.stream()
            .filter(community -> district.streetOfCommunity.get(community).equals("S01"))
            .limit(2)
            .toList();
    String onThreshold = district.communities.get(district.communities.size() - 1);
    for (String community : district.communities) {
      if (!tied.contains(community) && !community.equals(onThreshold) && district.chance(0.85)) {
        add(rate(year, "COMMUNITY", community, communityRaters(community), this::score));
      }
    }
    tie(year, "COMMUNITY", tied, communityRaters(tied.get(0)));
    BigDecimal threshold = new BigDecimal(district.pick(GRADE_THRESHOLDS));
    for (String dimension : COMMUNITY_DIMENSIONS) {
      add(
          List.of(
              rating(
                  year,
                  "DEPARTMENT",
                  district.pick(district.activeDepartments()),
                  "COMMUNITY",
                  onThreshold,
                  dimension,
                  threshold)));
    }
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
  private List<RawRow> rate(
      int year,
      String rateeType,
      String ratee,
      Map<String, String> raters,
      Supplier<BigDecimal> scores) {
    List<String> dimensions =
        rateeType.equals("DEPARTMENT") ? DEPARTMENT_DIMENSIONS : COMMUNITY_DIMENSIONS;
    List<RawRow> ratings = new ArrayList<>();
    raters.forEach(
        (rater, raterType) -> {
          int fewest = ratings.isEmpty() ? 1 : 0;
          for (String dimension : district.some(dimensions, fewest, dimensions.size())) {
            ratings.add(rating(year, raterType, rater, rateeType, ratee, dimension, scores.get()));
          }
        });
    return ratings;
  }

  private RawRow rating(
      int year,
      String raterType,
      String rater,
      String rateeType,
      String ratee,
      String dimension,
      BigDecimal score) {
    return new RawRow()
        .with("year", year)
        .with("rater_type", raterType)
        .with("rater_code", rater)
        .with("ratee_type", rateeType)
        .with("ratee_code", ratee)
        .with("dimension", dimension)
        .with("score", score)
        .with("rated_on", district.chance(0.8) ? district.dayIn(year) : null);
  }

  /** The same ratings, score for score, for each of the ratees. */
  private void tie(int year, String rateeType, List<String> ratees, Map<String, String> raters) {
    List<RawRow> ratings = rate(year, rateeType, ratees.get(0), raters, this::score);
    for (String ratee : ratees) {
      add(ratings.stream().map(rating -> rating.but("ratee_code", ratee)).toList());
    }
  }

  /** Often a bound or a grade threshold, otherwise any score from 30 to 100 with cents. */
  private BigDecimal score() {
    return district.chance(0.2)
        ? new BigDecimal(district.pick(ROUND_SCORES))
        : BigDecimal.valueOf(district.between(3000, 10000), 2);
  }

  private BigDecimal poorScore() {
    return BigDecimal.valueOf(district.between(0, 1500), 2);
  }

  private void add(List<RawRow> ratings) {
    ratings.forEach(rating -> district.rows.add("ratings", rating));
  }
}
