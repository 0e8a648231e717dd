package jianfu.demo;

import java.util.List;

/** The communities an application applies to: all of them, or those listed (in district order). */
record Scope(boolean all, List<Community> listed) {

  static Scope everyCommunity() {
    return new Scope(true, List.of());
  }

  static Scope of(List<Community> listed) {
    return new Scope(false, List.copyOf(listed));
  }

  boolean covers(Community community) {
    return all || listed.contains(community);
  }

  /** The communities in scope, in district order. */
  List<Community> communities(District district) {
    return all ? district.communities() : listed;
  }
}
