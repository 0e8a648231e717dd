package jianfu.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays out a district like Hailing (海陵区, Taizhou): six urban streets, four towns and an industrial
 * park, 122 communities and villages. Names are made of common place-name characters; codes follow
 * the administrative pattern (district 321202, street 321202001, community 321202001001).
 */
final class DistrictLayout {

  static final String DISTRICT_CODE = "321202";
  static final String DISTRICT_NAME = "海陵区";

  private record StreetPlan(String name, boolean town, int communities) {}

  private static final List<StreetPlan> STREETS =
      List.of(
          new StreetPlan("城东街道", false, 14),
          new StreetPlan("城西街道", false, 12),
          new StreetPlan("城中街道", false, 13),
          new StreetPlan("城南街道", false, 12),
          new StreetPlan("城北街道", false, 13),
          new StreetPlan("京泰路街道", false, 11),
          new StreetPlan("九龙镇", true, 12),
          new StreetPlan("罡杨镇", true, 11),
          new StreetPlan("苏陈镇", true, 12),
          new StreetPlan("华港镇", true, 10),
          // below the publication threshold of 3: the public figures suppress it
          new StreetPlan("海陵工业园区", false, 2));

  private static final String FIRST_CHARACTERS = "春凤鼓稻迎东西南北海泰新振永富康安和兴明光华丰梅兰桃柳江溪湖塘港青翠金银玉凌";
  private static final String SECOND_CHARACTERS = "园苑湖港桥楼庄河塘亭城沟圩里坊林湾晖阳门堡营巷泉";

  /**
   * Town seats are communities; the rest of a town is villages, as is a little of the city edge.
   */
  private static final int COMMUNITIES_PER_TOWN_SEAT = 2;

  private static final double VILLAGES_AT_CITY_EDGE = 0.1;
  private static final double STRICT_COMMUNITIES = 0.15;

  private static final double TOWNS = 0.4;

  /** Two-character street names run out beyond this; later streets may share a name. */
  private static final int MAX_STREET_NAMES = 900;

  private DistrictLayout() {}

  static District generate(Dice dice, Scale scale) {
    List<StreetPlan> plans = new ArrayList<>(STREETS);
    plans.addAll(moreStreets(dice, scale));
    // a province has more streets than three digits number
    String streetNumber = plans.size() > 999 ? "%04d" : "%03d";
    int nameLength = scale == Scale.DISTRICT ? 2 : 3;
    List<Street> streets = new ArrayList<>();
    List<Community> communities = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int s = 0; s < plans.size(); s++) {
      StreetPlan plan = plans.get(s);
      Street street = new Street(DISTRICT_CODE + streetNumber.formatted(s + 1), plan.name());
      streets.add(street);
      for (int c = 0; c < plan.communities(); c++) {
        boolean rural =
            plan.town() ? c >= COMMUNITIES_PER_TOWN_SEAT : dice.chance(VILLAGES_AT_CITY_EDGE);
        communities.add(
            community(
                dice,
                communities.size(),
                street.code() + "%03d".formatted(c + 1),
                street,
                rural ? CommunityType.RURAL : CommunityType.URBAN,
                names,
                nameLength));
      }
    }
    return new District(DISTRICT_CODE, DISTRICT_NAME, streets, communities);
  }

  /**
   * Streets and towns beyond the district's own, each with 8 to 16 communities, until the scale's
   * number of communities is reached; none for the district scale.
   */
  private static List<StreetPlan> moreStreets(Dice dice, Scale scale) {
    List<StreetPlan> more = new ArrayList<>();
    Set<String> stems = new HashSet<>();
    int communities = STREETS.stream().mapToInt(StreetPlan::communities).sum();
    while (communities < scale.communities()) {
      boolean town = dice.chance(TOWNS);
      String stem = uniqueName(dice, stems.size() < MAX_STREET_NAMES ? stems : new HashSet<>(), 2);
      int size = Math.min(dice.between(8, 16), scale.communities() - communities);
      more.add(new StreetPlan(stem + (town ? "镇" : "街道"), town, size));
      communities += size;
    }
    return more;
  }

  private static Community community(
      Dice dice,
      int index,
      String code,
      Street street,
      CommunityType type,
      Set<String> names,
      int nameLength) {
    boolean urban = type == CommunityType.URBAN;
    int residents = urban ? dice.between(3000, 14000) : dice.between(1200, 4800);
    // urban communities carry more than villages; within a type, more residents mean more work
    double size =
        urban ? 0.35 + 0.65 * (residents - 3000) / 11000.0 : 0.6 * (residents - 1200) / 3600.0;
    double slippage = dice.chance(STRICT_COMMUNITIES) ? 0 : dice.uniform(0.03, 0.18);
    return new Community(
        index,
        code,
        uniqueName(dice, names, nameLength) + (urban ? "社区" : "村"),
        street,
        type,
        residents,
        size,
        dice.uniform(0.85, 1.15),
        slippage);
  }

  /** A name of {@code length} place-name characters not in {@code taken}, then taken. */
  private static String uniqueName(Dice dice, Set<String> taken, int length) {
    while (true) {
      StringBuilder name = new StringBuilder().append(pick(dice, FIRST_CHARACTERS));
      for (int i = 1; i < length; i++) {
        name.append(pick(dice, SECOND_CHARACTERS));
      }
      if (taken.add(name.toString())) {
        return name.toString();
      }
    }
  }

  private static char pick(Dice dice, String characters) {
    return characters.charAt(dice.between(0, characters.length() - 1));
  }
}
