package jianfu.demo;

import java.util.Comparator;
import java.util.List;

/** Picks the communities a LISTED application applies to, the ways a department would list them. */
final class ScopeChooser {

  private static final double LISTED_SHARE_OF_OTHER_APPLICATIONS = 0.25;

  private final District district;
  private final Dice dice;

  ScopeChooser(District district, Dice dice) {
    this.district = district;
    this.dice = dice;
  }

  /** A listed scope: the villages, the urban communities, a few streets, or a selection. */
  Scope listed() {
    List<Community> communities = district.communities();
    List<Community> chosen =
        switch (dice.between(0, 3)) {
          case 0 -> ofType(CommunityType.RURAL);
          case 1 -> ofType(CommunityType.URBAN);
          case 2 ->
              dice.sample(district.streets(), dice.between(2, 3)).stream()
                  .flatMap(street -> district.communitiesOf(street).stream())
                  .toList();
          default ->
              dice.sample(
                  communities, (int) Math.round(communities.size() * dice.uniform(0.3, 0.6)));
        };
    return Scope.of(chosen.stream().sorted(Comparator.comparingInt(Community::index)).toList());
  }

  /** The scope of an application whose matter is not admitted in the end: mostly all. */
  Scope any() {
    return dice.chance(LISTED_SHARE_OF_OTHER_APPLICATIONS) ? listed() : Scope.everyCommunity();
  }

  private List<Community> ofType(CommunityType type) {
    return district.communities().stream().filter(c -> c.type() == type).toList();
  }
}
