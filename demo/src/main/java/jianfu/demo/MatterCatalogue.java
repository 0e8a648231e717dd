package jianfu.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Every matter of the district, by type, each with its fate. The numbers per fate are chosen so
 * that a community's latest-year list can be filled mostly with admitted matters (see
 * SurvivalOrder) while its baseline list holds 100+ work items.
 */
final class MatterCatalogue {

  /** Matters per fate: CORE_ALL, CORE_LISTED, TRANSITIONAL, SLIPPED, CUT. */
  private static final Map<MatterType, int[]> SIZES =
      Map.of(
          MatterType.WORK_ITEM, new int[] {48, 30, 12, 16, 140},
          MatterType.LEDGER, new int[] {12, 6, 6, 8, 50},
          MatterType.SIGNBOARD, new int[] {20, 4, 6, 10, 60},
          MatterType.ACTIVITY, new int[] {10, 2, 4, 10, 24});

  /** Share of the slipped matters that belong to offender departments. */
  private static final double SLIPPED_BY_OFFENDERS = 0.8;

  private final Map<MatterType, List<Matter>> byType;

  private MatterCatalogue(Map<MatterType, List<Matter>> byType) {
    this.byType = byType;
  }

  static MatterCatalogue generate(List<Department> departments, Dice dice) {
    Map<MatterType, List<Matter>> byType = new EnumMap<>(MatterType.class);
    for (MatterType type : MatterType.values()) {
      byType.put(type, matters(type, departments, dice));
    }
    return new MatterCatalogue(byType);
  }

  List<Matter> of(MatterType type) {
    return byType.get(type);
  }

  List<Matter> all() {
    return byType.values().stream().flatMap(List::stream).toList();
  }

  private record Candidate(Department department, String topic, Wording wording) {}

  private static List<Matter> matters(MatterType type, List<Department> departments, Dice dice) {
    List<Candidate> pool = new ArrayList<>();
    for (Department department : departments) {
      for (String topic : department.topics()) {
        for (Wording wording : type.wordings) {
          pool.add(new Candidate(department, topic, wording));
        }
      }
    }
    pool = dice.shuffled(pool);
    int[] sizes = SIZES.get(type);
    int slipped = sizes[Fate.SLIPPED.ordinal()];
    int byOffenders = (int) Math.round(slipped * SLIPPED_BY_OFFENDERS);
    List<Candidate> chosen = new ArrayList<>();
    List<Fate> fates = new ArrayList<>();
    take(pool, byOffenders, conduct(Conduct.OFFENDER), Fate.SLIPPED, chosen, fates);
    take(pool, slipped - byOffenders, conduct(Conduct.ORDINARY), Fate.SLIPPED, chosen, fates);
    Predicate<Candidate> notModel = conduct(Conduct.MODEL).negate();
    take(pool, sizes[Fate.TRANSITIONAL.ordinal()], notModel, Fate.TRANSITIONAL, chosen, fates);
    for (Fate fate : List.of(Fate.CORE_ALL, Fate.CORE_LISTED, Fate.CUT)) {
      take(pool, sizes[fate.ordinal()], c -> true, fate, chosen, fates);
    }
    // codes in a random order, so that a code says nothing about the matter's fate
    List<Integer> order = dice.shuffled(IntStream.range(0, chosen.size()).boxed().toList());
    List<Matter> matters = new ArrayList<>();
    for (int number = 0; number < order.size(); number++) {
      Candidate candidate = chosen.get(order.get(number));
      matters.add(
          new Matter(
              type.codePrefix + "%03d".formatted(number + 1),
              type,
              candidate.topic() + candidate.wording().suffix(),
              candidate.department(),
              fates.get(order.get(number)),
              candidate.wording().kind()));
    }
    return List.copyOf(matters);
  }

  private static Predicate<Candidate> conduct(Conduct conduct) {
    return candidate -> candidate.department().conduct() == conduct;
  }

  private static void take(
      List<Candidate> pool,
      int count,
      Predicate<Candidate> eligible,
      Fate fate,
      List<Candidate> chosen,
      List<Fate> fates) {
    int taken = 0;
    for (var it = pool.iterator(); it.hasNext() && taken < count; ) {
      Candidate candidate = it.next();
      if (eligible.test(candidate)) {
        it.remove();
        chosen.add(candidate);
        fates.add(fate);
        taken++;
      }
    }
    if (taken < count) {
      throw new IllegalStateException("not enough " + fate + " candidates");
    }
  }
}
