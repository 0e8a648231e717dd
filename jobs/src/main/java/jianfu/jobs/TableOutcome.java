package jianfu.jobs;

import java.time.Duration;
import java.util.List;
import jianfu.jobs.ingest.IngestCounts;

/** How the ingestion of one table ended. */
sealed interface TableOutcome {

  /** Every row read was loaded, collapsed or quarantined, and the table was published. */
  record Completed(IngestCounts counts, Duration elapsed) implements TableOutcome {}

  /**
   * Nothing of the table was published: files were refused (one message per file, each naming it),
   * or the job failed otherwise ({@code error} says how, in one line).
   */
  record Failed(List<String> refusals, String error) implements TableOutcome {

    static Failed refused(List<String> refusals) {
      return new Failed(refusals, String.join("; ", refusals));
    }

    static Failed error(String error) {
      return new Failed(List.of(), error);
    }
  }
}
