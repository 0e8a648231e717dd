package jianfu.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The communities an application applies to: all of them, or those listed (in district order). */
final class Scope {

  private final boolean all;
  private final List<Community> listed;
  // covers() runs for every community at every draw of an activity: a list's contains() made
  // province-scale generation quadratic in the number of communities.
  private final Set<Community> members;

  private Scope(boolean all, List<Community> listed) {
    this.all = all;
    this.listed = List.copyOf(listed);
    this.members = new HashSet<>(listed);
  }

  static Scope everyCommunity() {
    return new Scope(true, List.of());
  }

  static Scope of(List<Community> listed) {
    return new Scope(false, listed);
  }

  boolean all() {
    return all;
  }

  boolean covers(Community community) {
    return all || members.contains(community);
  }

  /** The communities in scope, in district order. */
  List<Community> communities(District district) {
    return all ? district.communities() : listed;
  }
}
