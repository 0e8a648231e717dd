package jianfu.demo;

/**
 * How big a district to generate: the Hailing-like district of the demo (122 communities), a city
 * (about 1,000) or a province (about 20,000). Larger scales keep the district's streets and add
 * generated ones, with the same distributions and calibration per community.
 */
public enum Scale {
  DISTRICT(0),
  CITY(1_000),
  PROVINCE(20_000);

  private final int communities;

  Scale(int communities) {
    this.communities = communities;
  }

  /** About how many communities; 0 for the district, whose layout is fixed. */
  int communities() {
    return communities;
  }
}
