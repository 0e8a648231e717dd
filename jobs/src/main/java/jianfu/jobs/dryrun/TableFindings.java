package jianfu.jobs.dryrun;

import java.util.List;
import java.util.Optional;
import jianfu.jobs.ingest.IngestCounts;

/**
 * What validating one table found. A table that was read has counts, its problems and the warnings
 * of the rows that would load; a table that was not (files refused, or another failure) has none of
 * them. {@code seenEmpty} names the tables it refers to that published nothing, so its references
 * to them were checked against no rows.
 */
public record TableFindings(
    String table,
    int files,
    Optional<IngestCounts> counts,
    List<Problem> problems,
    List<Problem> warnings,
    List<String> refusals,
    Optional<String> error,
    List<String> seenEmpty) {

  /**
   * A table that was read: every row is counted, each one that would be quarantined listed, and
   * each warning of a row that would load.
   */
  public static TableFindings read(
      String table,
      int files,
      IngestCounts counts,
      List<Problem> problems,
      List<Problem> warnings,
      List<String> seenEmpty) {
    return new TableFindings(
        table,
        files,
        Optional.of(counts),
        problems,
        warnings,
        List.of(),
        Optional.empty(),
        seenEmpty);
  }

  /** A table none of whose rows were read: refused files (each message names one), else error. */
  public static TableFindings notRead(
      String table, int files, List<String> refusals, String error, List<String> seenEmpty) {
    return new TableFindings(
        table,
        files,
        Optional.empty(),
        List.of(),
        List.of(),
        refusals,
        refusals.isEmpty() ? Optional.of(error) : Optional.empty(),
        seenEmpty);
  }

  /** Nothing would be quarantined or refused (rows with warnings would load). */
  public boolean clean() {
    return counts.isPresent() && counts.get().quarantined() == 0;
  }

  /** Clean, and when {@code strict} also without warnings. */
  public boolean clean(boolean strict) {
    return clean() && !(strict && hasWarnings());
  }

  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }
}
