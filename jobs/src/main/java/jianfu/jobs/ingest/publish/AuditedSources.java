package jianfu.jobs.ingest.publish;

import java.io.IOException;
import java.util.Map;

/** The sources a table's rows were read from, one audit row each. */
@FunctionalInterface
public interface AuditedSources {

  /**
   * Each source's name (its rows' source_file) and the encoding it was read in, null for a source
   * that is not text (a JDBC result); in the order the audit lists them.
   */
  Map<String, String> encodings() throws IOException;
}
