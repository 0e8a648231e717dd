package jianfu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * signboards: every board a community has had. The boards up at the baseline year-end are ordered
 * by how long they last ({@link SurvivalOrder}); the reform takes them down year by year
 * (removed_on) down to the calibrated stock, a few new boards of admitted matters go up, and some
 * older boards had already come down before the baseline.
 */
final class Signboards {

  private static final LocalDate OLDEST_INSTALLATION = LocalDate.of(2012, 1, 1);
  private static final int MAX_SIGNS_PER_MATTER = 2;
  private static final int MAX_BOARDS_REMOVED_BEFORE_BASELINE = 3;

  private record Board(Matter matter, LocalDate installedOn, LocalDate removedOn) {}

  private Signboards() {}

  static void write(Tables tables, DistrictPlan plan, Dice dice) {
    District district = plan.district();
    AccessBook book = plan.book();
    BurdenTargets targets = plan.targets();
    CsvTable out = tables.get("signboards");
    List<Matter> matters = plan.catalogue().of(MatterType.SIGNBOARD);
    for (Community community : district.communities()) {
      List<Board> boards = new ArrayList<>(upAtBaseline(community, matters, book, targets, dice));
      boards.addAll(newBoards(community, matters, book, targets, dice));
      boards.addAll(removedBeforeBaseline(matters, dice));
      boards.sort(Comparator.comparing(Board::installedOn));
      for (int i = 0; i < boards.size(); i++) {
        Board board = boards.get(i);
        // the approval it rests on: the latest application for it while it was up
        LocalDate lastDay =
            board.removedOn() == null ? Years.yearEnd(Years.LATEST) : board.removedOn();
        out.write(
            out.row()
                .set("signboard_id", "BP-%s-%03d".formatted(community.code(), i + 1))
                .set("org_code", community.code())
                .set("dept_code", board.matter().department().code())
                .set("title", board.matter().title())
                .set("kind", board.matter().kind())
                .set("installed_on", board.installedOn())
                .set("removed_on", board.removedOn())
                .set("application_id", book.idNamedOn(board.matter(), lastDay)));
      }
    }
  }

  private static List<Board> upAtBaseline(
      Community community,
      List<Matter> matters,
      AccessBook book,
      BurdenTargets targets,
      Dice dice) {
    int stock = targets.count(ReportedReduction.SIGNBOARDS, community, Years.BASELINE);
    List<Matter> entries = new ArrayList<>();
    for (Matter matter : CarriedMatters.candidates(matters, community, book, dice)) {
      int copies = "SIGN".equals(matter.kind()) ? dice.between(1, MAX_SIGNS_PER_MATTER) : 1;
      for (int copy = 0; copy < copies && entries.size() < stock; copy++) {
        entries.add(matter);
      }
    }
    if (entries.size() < stock) {
      throw new IllegalStateException("too few signboard matters for " + community.code());
    }
    int latest = targets.boardsKeptSinceBaseline(community, Years.LATEST);
    List<Matter> ordered =
        SurvivalOrder.order(entries, latest, community.unadmittedOf(latest), dice);
    List<Board> boards = new ArrayList<>();
    for (int position = 0; position < ordered.size(); position++) {
      boards.add(
          new Board(
              ordered.get(position),
              dice.dayBetween(OLDEST_INSTALLATION, Years.yearEnd(Years.BASELINE)),
              removal(community, position, targets, dice)));
    }
    return boards;
  }

  /** The board at this position comes down in the first year whose stock no longer reaches it. */
  private static LocalDate removal(
      Community community, int position, BurdenTargets targets, Dice dice) {
    for (int year : Years.AFTER_REFORM) {
      if (position >= targets.boardsKeptSinceBaseline(community, year)) {
        return dice.dayIn(year);
      }
    }
    return null;
  }

  private static List<Board> newBoards(
      Community community,
      List<Matter> matters,
      AccessBook book,
      BurdenTargets targets,
      Dice dice) {
    List<Matter> admitted =
        matters.stream().filter(m -> m.fate().core() && book.covers(m, community)).toList();
    List<Board> boards = new ArrayList<>();
    for (int year : Years.AFTER_REFORM) {
      for (int n = 0; n < targets.newBoards(community, year); n++) {
        boards.add(new Board(dice.pick(admitted), dice.dayIn(year), null));
      }
    }
    return boards;
  }

  private static List<Board> removedBeforeBaseline(List<Matter> matters, Dice dice) {
    List<Matter> cut = matters.stream().filter(m -> m.fate() == Fate.CUT).toList();
    List<Board> boards = new ArrayList<>();
    for (int n = dice.between(0, MAX_BOARDS_REMOVED_BEFORE_BASELINE); n > 0; n--) {
      LocalDate installed = dice.dayBetween(OLDEST_INSTALLATION, LocalDate.of(2017, 12, 31));
      LocalDate removed = dice.dayBetween(LocalDate.of(2018, 1, 1), LocalDate.of(2022, 6, 30));
      boards.add(new Board(dice.pick(cut), installed, removed));
    }
    return boards;
  }
}
