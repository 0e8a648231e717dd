package jianfu.demo;

import java.util.List;
import java.util.Set;

/**
 * A deliberately flawed row written into the demo so that its ingest audit shows the quarantine and
 * the warnings at work: the table it goes to, what ingestion should do with it (a quarantine reason
 * or a warning of docs/contract.md, or COLLAPSED for an identical duplicate), why, and its cells as
 * written.
 */
public record Flaw(String table, String expected, String why, List<String> cells) {

  /** The reasons a row loads with: it is flagged, not quarantined. */
  public static final Set<String> WARNINGS =
      Set.of("UNRESOLVED_APPROVAL", "UNRESOLVED_DEPARTMENT", "OUT_OF_PERIOD");

  public Flaw {
    cells = List.copyOf(cells);
  }

  /** Whether ingestion loads the row, with a warning. */
  public boolean warned() {
    return WARNINGS.contains(expected);
  }

  /** Whether ingestion quarantines the row (neither warned nor an identical duplicate). */
  public boolean quarantined() {
    return !warned() && !DeliberateFlaws.COLLAPSED.equals(expected);
  }
}
