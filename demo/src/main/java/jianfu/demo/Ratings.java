package jianfu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * ratings (双向互评), both ways every year: communities and streets rate departments (SUPPORT, BURDEN,
 * GUIDANCE), departments and streets rate communities (TASK_COMPLETION, QUALITY, COOPERATION).
 * Scores scatter around the ratee's standing, so every grade occurs; now and then a rater leaves a
 * dimension out.
 */
final class Ratings {

  private static final List<String> OF_DEPARTMENTS = List.of("SUPPORT", "BURDEN", "GUIDANCE");
  private static final List<String> OF_COMMUNITIES =
      List.of("TASK_COMPLETION", "QUALITY", "COOPERATION");
  private static final int DEPARTMENTS_RATED_PER_COMMUNITY = 8;
  private static final int COMMUNITIES_RATED_PER_DEPARTMENT = 10;
  private static final double DIMENSION_LEFT_OUT = 0.04;
  private static final double NO_RATING_DATE = 0.03;
  private static final double SCORE_SPREAD = 5;

  /** Offenders are felt hardest on the burden they put on communities. */
  private static final double OFFENDER_BURDEN_PENALTY = 8;

  private record Ratee(String type, String code, double standing, boolean offender) {}

  private final CsvTable out;
  private final Dice dice;

  private Ratings(CsvTable out, Dice dice) {
    this.out = out;
    this.dice = dice;
  }

  static void write(Tables tables, DistrictPlan plan, Dice dice) {
    District district = plan.district();
    List<Department> departments = plan.departments();
    Ratings ratings = new Ratings(tables.get("ratings"), dice);
    List<Ratee> rateDepartments =
        departments.stream()
            .map(
                d ->
                    new Ratee(
                        "DEPARTMENT",
                        d.code(),
                        d.conduct().reputation + dice.gaussian(0, 3),
                        d.conduct() == Conduct.OFFENDER))
            .toList();
    List<Ratee> rateCommunities =
        district.communities().stream()
            .map(
                c ->
                    new Ratee(
                        "COMMUNITY",
                        c.code(),
                        Math.max(40, Math.min(98, dice.gaussian(80, 11))),
                        false))
            .toList();
    for (int year : Years.CLOSED) {
      for (Community community : district.communities()) {
        for (Ratee department : dice.sample(rateDepartments, DEPARTMENTS_RATED_PER_COMMUNITY)) {
          ratings.rate(year, "COMMUNITY", community.code(), department);
        }
      }
      for (Street street : district.streets()) {
        rateDepartments.forEach(
            department -> ratings.rate(year, "STREET", street.code(), department));
      }
      for (Department department : departments) {
        for (Ratee community : dice.sample(rateCommunities, COMMUNITIES_RATED_PER_DEPARTMENT)) {
          ratings.rate(year, "DEPARTMENT", department.code(), community);
        }
      }
      for (Community community : district.communities()) {
        ratings.rate(
            year, "STREET", community.street().code(), rateCommunities.get(community.index()));
      }
    }
  }

  private void rate(int year, String raterType, String raterCode, Ratee ratee) {
    LocalDate ratedOn =
        dice.chance(NO_RATING_DATE)
            ? null
            : dice.dayBetween(LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 28));
    List<String> dimensions = ratee.type().equals("DEPARTMENT") ? OF_DEPARTMENTS : OF_COMMUNITIES;
    for (String dimension : dimensions) {
      if (dice.chance(DIMENSION_LEFT_OUT)) {
        continue;
      }
      double mean =
          ratee.standing()
              - (ratee.offender() && dimension.equals("BURDEN") ? OFFENDER_BURDEN_PENALTY : 0);
      double score = Math.max(0, Math.min(100, dice.gaussian(mean, SCORE_SPREAD)));
      out.write(
          out.row()
              .set("year", year)
              .set("rater_type", raterType)
              .set("rater_code", raterCode)
              .set("ratee_type", ratee.type())
              .set("ratee_code", ratee.code())
              .set("dimension", dimension)
              .set("score", BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP))
              .set("rated_on", ratedOn));
    }
  }
}
