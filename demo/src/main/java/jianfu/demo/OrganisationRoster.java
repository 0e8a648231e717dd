package jianfu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The district's community social organisations, calibrated to the reform (社区社会组织倍增计划,
 * demo/README.md "Social organisations"): each street's organisations active at the end of the
 * latest closed year are fixed first from a density per 10,000 residents (a few streets below the
 * target, the district above it), then the new registrations of every reporting year (about 1.5 per
 * 10,000 residents: some 108 in the demo district) and the deregistrations are drawn, and the
 * organisations registered before the baseline make up the rest, so the counts hold exactly.
 */
final class OrganisationRoster {

  private static final double DISTRICT_AT_LEAST = 10.6;
  private static final double BELOW_LOW = 7.4;
  private static final double BELOW_HIGH = 8.8;
  private static final double ABOVE_LOW = 10.6;
  private static final double ABOVE_HIGH = 13.2;
  private static final double STREETS_BELOW = 0.25;

  /** Streets with fewer communities are suppressed in public: none is drawn below target. */
  private static final int PUBLISHED_COMMUNITIES = 3;

  private static final double NEW_PER_10K_LOW = 1.40;
  private static final double NEW_PER_10K_HIGH = 1.60;
  private static final double DEREGISTERED_LOW = 0.018;
  private static final double DEREGISTERED_HIGH = 0.030;
  private static final double BASED_AT_STREET = 0.15;
  private static final double ASSOCIATIONS_PER_COMMUNITY = 0.3;
  private static final LocalDate STOCK_FROM = LocalDate.of(2008, 1, 1);
  private static final LocalDate ASSOCIATIONS_FROM = LocalDate.of(2020, 1, 1);
  private static final LocalDate ASSOCIATIONS_UNTIL = LocalDate.of(2023, 12, 31);

  /** An organisation before its category, name and registration number are decided. */
  private static final class Draft {
    final Street street;
    final Community community;
    final LocalDate registeredOn;
    final Boolean fostered;
    LocalDate deregisteredOn;
    OrganisationCategory category;

    Draft(Street street, Community community, LocalDate registeredOn, Boolean fostered) {
      this.street = street;
      this.community = community;
      this.registeredOn = registeredOn;
      this.fostered = fostered;
    }
  }

  private final District district;
  private final Dice dice;

  private OrganisationRoster(District district, Dice dice) {
    this.district = district;
    this.dice = dice;
  }

  static List<SocialOrganisation> draw(District district, Dice dice) {
    return new OrganisationRoster(district, dice).organisations();
  }

  private List<SocialOrganisation> organisations() {
    List<Street> streets = district.streets();
    int[] residents =
        streets.stream().mapToInt(s -> residents(district.communitiesOf(s))).toArray();
    double[] active = activeAtLatestYearEnd(streets, residents);
    int[] activeCounts = new int[streets.size()];
    for (int s = 0; s < streets.size(); s++) {
      activeCounts[s] = (int) Math.round(active[s]);
    }
    double totalResidents = residents(district.communities());
    double totalActive = 0;
    for (int count : activeCounts) {
      totalActive += count;
    }
    List<int[]> registered = new ArrayList<>();
    List<int[]> deregistered = new ArrayList<>();
    for (int year : Years.REPORTING) {
      double share = yearShare(year);
      double perTenThousand = dice.uniform(NEW_PER_10K_LOW, NEW_PER_10K_HIGH);
      int newOnes = (int) Math.round(totalResidents / 10_000 * perTenThousand * share);
      int gone =
          (int) Math.round(totalActive * dice.uniform(DEREGISTERED_LOW, DEREGISTERED_HIGH) * share);
      registered.add(Apportion.of(newOnes, active));
      deregistered.add(Apportion.of(gone, active));
    }
    List<Draft> drafts = new ArrayList<>();
    for (int s = 0; s < streets.size(); s++) {
      List<Draft> ofStreet = draftsOf(streets.get(s), activeCounts[s], s, registered, deregistered);
      chooseAssociations(streets.get(s), ofStreet);
      drafts.addAll(ofStreet);
    }
    double[] shares = OrganisationCategory.shares();
    for (Draft draft : drafts) {
      if (draft.category == null) {
        draft.category = OrganisationCategory.DRAWN.get(dice.weightedIndex(shares));
      }
    }
    return numbered(drafts);
  }

  /** Each street's organisations active at the latest year-end, before rounding. */
  private double[] activeAtLatestYearEnd(List<Street> streets, int[] residents) {
    List<Street> published =
        streets.stream()
            .filter(s -> district.communitiesOf(s).size() >= PUBLISHED_COMMUNITIES)
            .toList();
    Set<Street> below =
        new HashSet<>(
            dice.sample(
                published, Math.max(2, (int) Math.round(published.size() * STREETS_BELOW))));
    double[] density = new double[streets.size()];
    for (int s = 0; s < streets.size(); s++) {
      density[s] =
          below.contains(streets.get(s))
              ? dice.uniform(BELOW_LOW, BELOW_HIGH)
              : dice.uniform(ABOVE_LOW, ABOVE_HIGH);
    }
    // the district stays above the target however the residents fall: raise the streets above it
    while (perTenThousand(density, residents) < DISTRICT_AT_LEAST) {
      for (int s = 0; s < streets.size(); s++) {
        density[s] *= below.contains(streets.get(s)) ? 1 : 1.02;
      }
    }
    double[] active = new double[streets.size()];
    for (int s = 0; s < streets.size(); s++) {
      active[s] = density[s] * residents[s] / 10_000;
    }
    return active;
  }

  private static double perTenThousand(double[] density, int[] residents) {
    double organisations = 0;
    double people = 0;
    for (int s = 0; s < density.length; s++) {
      organisations += density[s] * residents[s] / 10_000;
      people += residents[s];
    }
    return organisations / people * 10_000;
  }

  /**
   * A street's organisations: those registered before the baseline (the deregistered ones among
   * them) make up what the registrations of the years do not, so that {@code active} are active at
   * the latest year-end.
   */
  private List<Draft> draftsOf(
      Street street, int active, int s, List<int[]> registered, List<int[]> deregistered) {
    List<Integer> years = Years.REPORTING;
    int newUntilLatest = 0;
    int goneUntilLatest = 0;
    int goneInAll = 0;
    for (int y = 0; y < years.size(); y++) {
      if (years.get(y) <= Years.LATEST) {
        newUntilLatest += registered.get(y)[s];
        goneUntilLatest += deregistered.get(y)[s];
      }
      goneInAll += deregistered.get(y)[s];
    }
    int stock = active - newUntilLatest + goneUntilLatest;
    if (stock < goneInAll) {
      throw new IllegalStateException(street.name() + ": too few organisations to deregister");
    }
    List<Community> communities = district.communitiesOf(street);
    double[] weights = communities.stream().mapToDouble(Community::residents).toArray();
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < stock; i++) {
      drafts.add(
          draft(
              street,
              communities,
              weights,
              dice.dayBetween(STOCK_FROM, Years.yearEnd(Years.BASELINE - 1)),
              dice.chance(0.05) ? Boolean.TRUE : null));
    }
    int next = 0;
    for (int y = 0; y < years.size(); y++) {
      int year = years.get(y);
      for (int i = 0; i < deregistered.get(y)[s]; i++) {
        drafts.get(next++).deregisteredOn = dayOf(year);
      }
      for (int i = 0; i < registered.get(y)[s]; i++) {
        // the district's centre fosters more of them once the reform starts
        boolean fostered = dice.chance(year > Years.BASELINE ? 0.35 : 0.10);
        drafts.add(draft(street, communities, weights, dayOf(year), fostered));
      }
    }
    return drafts;
  }

  private Draft draft(
      Street street,
      List<Community> communities,
      double[] weights,
      LocalDate registeredOn,
      Boolean fostered) {
    Community community =
        dice.chance(BASED_AT_STREET) ? null : communities.get(dice.weightedIndex(weights));
    return new Draft(street, community, registeredOn, fostered);
  }

  /**
   * A few self-governance associations in the street, at most one per community, registered shortly
   * before or during the reform and still active.
   */
  private void chooseAssociations(Street street, List<Draft> drafts) {
    int wanted =
        (int) Math.round(district.communitiesOf(street).size() * ASSOCIATIONS_PER_COMMUNITY);
    Set<Community> served = new HashSet<>();
    List<Draft> candidates =
        drafts.stream()
            .filter(d -> d.community != null && d.deregisteredOn == null)
            .filter(d -> !d.registeredOn.isBefore(ASSOCIATIONS_FROM))
            .filter(d -> !d.registeredOn.isAfter(ASSOCIATIONS_UNTIL))
            .toList();
    for (Draft candidate : dice.shuffled(candidates)) {
      if (served.size() < wanted && served.add(candidate.community)) {
        candidate.category = OrganisationCategory.SELF_GOVERNANCE;
      }
    }
  }

  /** In registration order, numbered as the registration office does, and named. */
  private List<SocialOrganisation> numbered(List<Draft> drafts) {
    List<Draft> ordered = new ArrayList<>(drafts);
    ordered.sort(Comparator.comparing(d -> d.registeredOn));
    String area = district.code().substring(0, 6);
    List<SocialOrganisation> organisations = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      Draft d = ordered.get(i);
      String place = d.community == null ? d.street.name() : d.community.name();
      organisations.add(
          new SocialOrganisation(
              "52%sMJ%07dX".formatted(area, i + 1),
              place + dice.pick(d.category.kinds()),
              d.street,
              d.community,
              d.category,
              d.registeredOn,
              d.deregisteredOn,
              d.fostered));
    }
    return List.copyOf(organisations);
  }

  /** A day of the year, up to the snapshot in the current year. */
  private LocalDate dayOf(int year) {
    return year == Years.CURRENT
        ? dice.dayBetween(LocalDate.of(year, 1, 1), Years.AS_OF)
        : dice.dayIn(year);
  }

  /** The part of the year the snapshot covers: all of a closed year. */
  private static double yearShare(int year) {
    return year == Years.CURRENT ? Years.AS_OF.getDayOfYear() / 365.0 : 1;
  }

  private static int residents(List<Community> communities) {
    return communities.stream().mapToInt(Community::residents).sum();
  }
}
