package jianfu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every application of the demo, numbered in order of submission (ZR2023-0042), and what they mean
 * for the records: which application a record names, who is covered, what is in force.
 */
final class AccessBook {

  private final List<Application> applications;
  private final Map<Matter, List<Application>> byMatter = new HashMap<>();

  private AccessBook(List<Application> applications) {
    this.applications = applications;
    for (Application application : applications) {
      byMatter.computeIfAbsent(application.matter(), m -> new ArrayList<>()).add(application);
    }
  }

  /**
   * Numbers planned applications by submission date. {@code resubmits} maps a re-submission to the
   * RETURNED application it re-submits (both unnumbered).
   */
  static AccessBook number(List<Application> planned, Map<Application, Application> resubmits) {
    List<Application> ordered =
        planned.stream().sorted(Comparator.comparing(Application::submittedOn)).toList();
    Map<Application, String> ids = new IdentityHashMap<>();
    Map<Integer, Integer> perYear = new HashMap<>();
    for (Application application : ordered) {
      int year = application.submittedOn().getYear();
      int number = perYear.merge(year, 1, Integer::sum);
      ids.put(application, "ZR%d-%04d".formatted(year, number));
    }
    List<Application> numbered = new ArrayList<>();
    for (Application application : ordered) {
      Application original = resubmits.get(application);
      numbered.add(
          application.numbered(ids.get(application), original == null ? null : ids.get(original)));
    }
    return new AccessBook(List.copyOf(numbered));
  }

  List<Application> all() {
    return applications;
  }

  /**
   * The id of the application a record of this matter names on that date: the latest one submitted
   * by then (approved or not), or null when none was.
   */
  String idNamedOn(Matter matter, LocalDate date) {
    String named = null;
    for (Application application : byMatter.getOrDefault(matter, List.of())) {
      if (!application.submittedOn().isAfter(date)) {
        named = application.id();
      }
    }
    return named;
  }

  /** Whether the matter may be asked of the community: its approval covers it, if it has one. */
  boolean covers(Matter matter, Community community) {
    if (!matter.fate().core()) {
      return true;
    }
    List<Application> chain = byMatter.get(matter);
    return chain.get(chain.size() - 1).scope().covers(community);
  }

  List<Application> inForceDuring(int year) {
    return applications.stream().filter(a -> a.inForceDuring(year)).toList();
  }
}
