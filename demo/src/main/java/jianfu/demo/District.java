package jianfu.demo;

import java.util.List;

/** The district (区), its streets and towns, and their communities and villages. */
record District(String code, String name, List<Street> streets, List<Community> communities) {

  List<Community> communitiesOf(Street street) {
    return communities.stream().filter(c -> c.street().equals(street)).toList();
  }

  Community community(int index) {
    return communities.get(index);
  }
}
