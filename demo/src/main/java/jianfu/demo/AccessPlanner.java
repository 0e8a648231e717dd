package jianfu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the applications of every matter from its fate: core matters are approved (some after being
 * returned once or twice, or rejected, first), transitional ones approved and later revoked,
 * slipped ones never approved (no application, or one pending, rejected, withdrawn), cut ones
 * mostly never applied for. Every status and reason is handed out in turn, so each occurs whatever
 * the seed.
 */
final class AccessPlanner {

  private enum Chain {
    NONE,
    DIRECT,
    AFTER_RETURN,
    AFTER_TWO_RETURNS,
    AFTER_REJECTION,
    REVOKED,
    PENDING,
    REJECTED,
    WITHDRAWN,
    RETURNED_THEN_PENDING,
    RETURNED_THEN_REJECTED,
    RETURNED_THEN_WITHDRAWN
  }

  private static final Map<Fate, List<Chain>> CHAINS =
      Map.of(
          Fate.CORE_ALL, core(),
          Fate.CORE_LISTED, core(),
          Fate.TRANSITIONAL, List.of(Chain.REVOKED),
          Fate.SLIPPED,
              withNones(
                  4,
                  Chain.PENDING,
                  Chain.PENDING,
                  Chain.REJECTED,
                  Chain.REJECTED,
                  Chain.WITHDRAWN,
                  Chain.RETURNED_THEN_PENDING),
          Fate.CUT,
              withNones(
                  7,
                  Chain.REJECTED,
                  Chain.REJECTED,
                  Chain.WITHDRAWN,
                  Chain.RETURNED_THEN_REJECTED,
                  Chain.RETURNED_THEN_WITHDRAWN));

  /** Year of approval of core matters: a few in the 2022 pilot, most at the 2023 launch. */
  private static final int[] APPROVAL_YEARS = {2022, 2023, 2024, 2025};

  private static final double[] APPROVAL_YEAR_WEIGHTS = {0.10, 0.55, 0.25, 0.10};

  /** A returned application is returned early enough to be re-submitted within the demo years. */
  private static final int RESUBMISSION_ROOM_DAYS = 90;

  private static final LocalDate EARLIEST_SUBMISSION = LocalDate.of(Years.FIRST_SUBMISSION, 1, 4);

  /** Chance that an application not refused for it cites a legal basis (approved ones always). */
  private static final double WITH_LEGAL_BASIS = 0.85;

  private static final double WITH_MATERIALS = 0.5;

  private static final int[] PERSONNEL = {0, 0, 0, 1, 1, 2};
  private static final int[] FUNDING_YUAN = {0, 0, 2000, 3000, 5000, 8000, 10000, 20000};
  private static final List<String> MATERIALS =
      List.of("宣传资料", "办公电脑一台", "消防器材一套", "信息采集终端", "宣传展板", "应急物资箱");
  private static final List<String> LEGAL_BASES =
      List.of(
          "《中华人民共和国城市居民委员会组织法》",
          "《中华人民共和国村民委员会组织法》",
          "《江苏省城乡社区治理促进条例》",
          "《中华人民共和国老年人权益保障法》",
          "《中华人民共和国安全生产法》",
          "《中华人民共和国消防法》",
          "《中华人民共和国反电信网络诈骗法》",
          "《中华人民共和国禁毒法》",
          "《社会救助暂行办法》",
          "《中华人民共和国统计法》");

  private final Dice dice;
  private final ScopeChooser scopes;
  private final Map<Fate, RoundRobin<Chain>> chains = new EnumMap<>(Fate.class);
  private final RoundRobin<Reason> rejections =
      new RoundRobin<>(
          List.of(
              Reason.NO_LEGAL_BASIS,
              Reason.SUPPORT_NOT_SPECIFIC,
              Reason.COMMUNITY_DISAGREED,
              Reason.DUPLICATE,
              Reason.OTHER));
  private final RoundRobin<Reason> returns =
      new RoundRobin<>(List.of(Reason.SUPPORT_NOT_SPECIFIC, Reason.NO_LEGAL_BASIS, Reason.OTHER));
  private final RoundRobin<Reason> revocations =
      new RoundRobin<>(
          List.of(
              Reason.SUPPORT_NOT_DELIVERED,
              Reason.SUPPORT_NOT_DELIVERED,
              Reason.DUPLICATE,
              Reason.OTHER));
  private final List<Application> planned = new ArrayList<>();
  private final Map<Application, Application> resubmits = new IdentityHashMap<>();

  private AccessPlanner(District district, Dice dice) {
    this.dice = dice;
    this.scopes = new ScopeChooser(district, dice);
    for (Fate fate : Fate.values()) {
      chains.put(fate, new RoundRobin<>(dice.shuffled(CHAINS.get(fate))));
    }
  }

  static AccessBook plan(MatterCatalogue catalogue, District district, Dice dice) {
    AccessPlanner planner = new AccessPlanner(district, dice);
    catalogue.all().forEach(planner::plan);
    return AccessBook.number(planner.planned, planner.resubmits);
  }

  private static List<Chain> core() {
    List<Chain> chains = new ArrayList<>(Collections.nCopies(13, Chain.DIRECT));
    chains.addAll(Collections.nCopies(3, Chain.AFTER_RETURN));
    chains.add(Chain.AFTER_TWO_RETURNS);
    chains.addAll(Collections.nCopies(3, Chain.AFTER_REJECTION));
    return chains;
  }

  private static List<Chain> withNones(int nones, Chain... others) {
    List<Chain> chains = new ArrayList<>(Collections.nCopies(nones, Chain.NONE));
    chains.addAll(List.of(others));
    return chains;
  }

  private void plan(Matter matter) {
    Scope scope =
        switch (matter.fate()) {
          case CORE_ALL, TRANSITIONAL -> Scope.everyCommunity();
          case CORE_LISTED -> scopes.listed();
          case SLIPPED, CUT -> scopes.any();
        };
    // cut matters were tried early and refused; slipped ones are still being tried
    boolean cut = matter.fate() == Fate.CUT;
    LocalDate from = cut ? LocalDate.of(2021, 3, 1) : LocalDate.of(2023, 2, 1);
    LocalDate to = cut ? LocalDate.of(2024, 6, 30) : LocalDate.of(2025, 10, 31);
    LocalDate returnedBy = to.minusDays(RESUBMISSION_ROOM_DAYS);
    Chain chain = chains.get(matter.fate()).next();
    switch (chain) {
      case NONE -> {}
      case DIRECT, AFTER_RETURN, AFTER_TWO_RETURNS, AFTER_REJECTION ->
          approve(matter, chain, scope);
      case REVOKED -> revoke(matter, scope);
      case PENDING ->
          add(
              matter,
              Status.PENDING,
              dice.dayBetween(LocalDate.of(Years.LATEST, 6, 1), LocalDate.of(Years.LATEST, 12, 20)),
              scope);
      case REJECTED -> refuse(matter, Status.REJECTED, dice.dayBetween(from, to), scope);
      case WITHDRAWN -> add(matter, Status.WITHDRAWN, dice.dayBetween(from, to), scope);
      case RETURNED_THEN_PENDING ->
          resubmit(matter, Status.PENDING, dice.dayBetween(from, returnedBy), scope);
      case RETURNED_THEN_REJECTED ->
          resubmit(matter, Status.REJECTED, dice.dayBetween(from, returnedBy), scope);
      case RETURNED_THEN_WITHDRAWN ->
          resubmit(matter, Status.WITHDRAWN, dice.dayBetween(from, returnedBy), scope);
    }
  }

  private void approve(Matter matter, Chain chain, Scope scope) {
    int year = APPROVAL_YEARS[dice.weightedIndex(APPROVAL_YEAR_WEIGHTS)];
    LocalDate submitted =
        year == Years.BASELINE
            ? dice.dayBetween(LocalDate.of(2021, 10, 1), LocalDate.of(2022, 9, 30))
            : dice.dayBetween(
                LocalDate.of(year, 1, 5), LocalDate.of(year, year == Years.LATEST ? 6 : 9, 30));
    Application earlier = null;
    if (chain == Chain.AFTER_RETURN) {
      earlier = refuse(matter, Status.RETURNED, before(submitted, 45, 120), scope);
    } else if (chain == Chain.AFTER_TWO_RETURNS) {
      // returned, re-submitted and returned again, then re-submitted once more
      Application first = refuse(matter, Status.RETURNED, before(submitted, 150, 260), scope);
      earlier =
          refuse(matter, Status.RETURNED, first.decidedOn().plusDays(dice.between(5, 30)), scope);
      resubmits.put(earlier, first);
    } else if (chain == Chain.AFTER_REJECTION) {
      refuse(matter, Status.REJECTED, before(submitted, 120, 300), scope);
    }
    Application approved = decided(matter, Status.APPROVED, submitted, null, null, scope);
    if (earlier != null) {
      resubmits.put(approved, earlier);
    }
  }

  private LocalDate before(LocalDate date, int minDays, int maxDays) {
    LocalDate earlier = date.minusDays(dice.between(minDays, maxDays));
    return earlier.isBefore(EARLIEST_SUBMISSION) ? EARLIEST_SUBMISSION : earlier;
  }

  private void revoke(Matter matter, Scope scope) {
    LocalDate submitted = dice.dayBetween(LocalDate.of(2023, 1, 5), LocalDate.of(2023, 8, 31));
    LocalDate revoked = dice.dayBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 9, 30));
    decided(matter, Status.REVOKED, submitted, revocations.next(), revoked, scope);
  }

  private Application refuse(Matter matter, Status status, LocalDate submitted, Scope scope) {
    Reason reason = status == Status.RETURNED ? returns.next() : rejections.next();
    return decided(matter, status, submitted, reason, null, scope);
  }

  private void resubmit(Matter matter, Status outcome, LocalDate submitted, Scope scope) {
    Application returned = refuse(matter, Status.RETURNED, submitted, scope);
    LocalDate again = returned.decidedOn().plusDays(dice.between(5, 40));
    Application resubmission =
        outcome == Status.REJECTED
            ? refuse(matter, outcome, again, scope)
            : add(matter, outcome, again, scope);
    resubmits.put(resubmission, returned);
  }

  private Application decided(
      Matter matter,
      Status status,
      LocalDate submitted,
      Reason reason,
      LocalDate revoked,
      Scope scope) {
    LocalDate decidedOn = submitted.plusDays(dice.between(7, 45));
    return record(matter, status, submitted, decidedOn, reason, revoked, scope);
  }

  /** An application without a decision: pending or withdrawn. */
  private Application add(Matter matter, Status status, LocalDate submitted, Scope scope) {
    return record(matter, status, submitted, null, null, null, scope);
  }

  private Application record(
      Matter matter,
      Status status,
      LocalDate submitted,
      LocalDate decidedOn,
      Reason reason,
      LocalDate revoked,
      Scope scope) {
    Support support = reason == Reason.SUPPORT_NOT_SPECIFIC ? Support.none() : support();
    boolean hasBasis =
        reason != Reason.NO_LEGAL_BASIS && (status.approved() || dice.chance(WITH_LEGAL_BASIS));
    Application application =
        new Application(
            null,
            matter,
            status,
            submitted,
            decidedOn,
            reason,
            null,
            revoked,
            scope,
            support,
            hasBasis ? dice.pick(LEGAL_BASES) : null);
    planned.add(application);
    return application;
  }

  private Support support() {
    int personnel = PERSONNEL[dice.between(0, PERSONNEL.length - 1)];
    int funding = FUNDING_YUAN[dice.between(0, FUNDING_YUAN.length - 1)];
    String materials = dice.chance(WITH_MATERIALS) ? dice.pick(MATERIALS) : null;
    return new Support(personnel, BigDecimal.valueOf(funding).setScale(2), materials);
  }
}
