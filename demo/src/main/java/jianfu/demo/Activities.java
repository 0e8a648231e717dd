package jianfu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * activities: creation, compliance, inspection, evaluation and commendation activities, one row per
 * community involved. Each year every community has a calibrated number of activity rows; the
 * year's activities are drawn one by one (a matter, then as many communities as it reaches, those
 * with most left first) until every community's number is used up exactly. A community whose
 * activity record for the year did not come (or came as a nil return) takes part in none.
 */
final class Activities {

  /**
   * Weight of a matter when drawing the next activity, by reporting year and fate (CORE_ALL,
   * CORE_LISTED, TRANSITIONAL, SLIPPED, CUT): after the reform, activities come from admitted
   * matters, and some departments keep running their own.
   */
  private static final double[][] FATE_WEIGHTS = {
    {1, 1, 1, 1, 1},
    {2, 2, 1.5, 0.8, 0.4},
    {3, 3, 1, 0.6, 0.1},
    {4, 4, 0.1, 0.5, 0},
    {4, 4, 0.1, 0.5, 0}
  };

  private Activities() {}

  static void write(Tables tables, DistrictPlan plan, Dice dice) {
    District district = plan.district();
    AccessBook book = plan.book();
    BurdenTargets targets = plan.targets();
    CsvTable out = tables.get("activities");
    List<Matter> matters = plan.catalogue().of(MatterType.ACTIVITY);
    for (int year : Years.REPORTING) {
      int[] left =
          district.communities().stream()
              .mapToInt(
                  c ->
                      plan.returns().recordsArrive(ReportedReduction.ACTIVITIES, c, year)
                          ? targets.count(ReportedReduction.ACTIVITIES, c, year)
                          : 0)
              .toArray();
      double[] weights =
          matters.stream()
              .mapToDouble(m -> FATE_WEIGHTS[Years.index(year)][m.fate().ordinal()])
              .toArray();
      int number = 0;
      while (Arrays.stream(left).sum() > 0) {
        Matter matter = matters.get(dice.weightedIndex(weights));
        List<Community> involved = involved(district, matter, book, left, dice);
        if (involved.isEmpty()) {
          continue;
        }
        number++;
        String id = "HD%d-%04d".formatted(year, number);
        LocalDate heldOn = dice.dayBetween(LocalDate.of(year, 1, 1), Years.recordedUntil(year));
        String application = book.idNamedOn(matter, heldOn);
        boolean unified = year > Years.BASELINE && matter.fate().core();
        for (Community community : involved) {
          left[community.index()]--;
          out.write(
              out.row()
                  .set("activity_id", id)
                  .set("org_code", community.code())
                  .set("dept_code", matter.department().code())
                  .set("kind", matter.kind())
                  .set("title", year + "年" + matter.title())
                  .set("held_on", heldOn)
                  .set("unified", unified)
                  .set("application_id", application));
        }
      }
    }
  }

  /** The communities an activity reaches: district-wide assessments many, inspections a few. */
  private static List<Community> involved(
      District district, Matter matter, AccessBook book, int[] left, Dice dice) {
    boolean wide =
        switch (matter.kind()) {
          case "CREATION", "EVALUATION", "COMMENDATION" -> true;
          default -> false;
        };
    int reach = wide ? dice.between(12, 60) : dice.between(1, 14);
    List<Community> open = new ArrayList<>();
    for (Community community : dice.shuffled(district.communities())) {
      if (left[community.index()] > 0 && book.covers(matter, community)) {
        open.add(community);
      }
    }
    return mostLeft(open, left, reach).stream()
        .sorted(Comparator.comparingInt(Community::index))
        .toList();
  }

  /**
   * The {@code reach} communities of {@code open} with the most activities left, ties in the order
   * of {@code open}: the first ones of a stable sort by activities left, descending, found by
   * counting instead (a province draws among 20,000 communities for each of its activities).
   */
  private static List<Community> mostLeft(List<Community> open, int[] left, int reach) {
    if (open.size() <= reach) {
      return open;
    }
    int[] withLeft = new int[open.stream().mapToInt(c -> left[c.index()]).max().orElseThrow() + 1];
    open.forEach(c -> withLeft[left[c.index()]]++);
    int threshold = withLeft.length - 1;
    int above = 0;
    while (above + withLeft[threshold] < reach) {
      above += withLeft[threshold--];
    }
    int tiesTaken = reach - above;
    List<Community> chosen = new ArrayList<>(reach);
    for (Community community : open) {
      int communityLeft = left[community.index()];
      if (communityLeft > threshold || (communityLeft == threshold && tiesTaken-- > 0)) {
        chosen.add(community);
      }
    }
    return chosen;
  }
}
