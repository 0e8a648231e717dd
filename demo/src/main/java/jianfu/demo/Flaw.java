package jianfu.demo;

import java.util.List;

/**
 * A deliberately flawed row written into the demo so that its ingest audit shows the quarantine at
 * work: the table it goes to, what ingestion should do with it (a quarantine reason of
 * source-data.md, or COLLAPSED for an identical duplicate), why, and its cells as written.
 */
public record Flaw(String table, String expected, String why, List<String> cells) {

  public Flaw {
    cells = List.copyOf(cells);
  }
}
