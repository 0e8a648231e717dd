package jianfu.jobs.ingest.commit;

import java.io.IOException;
import java.util.List;

/** The sources a table's rows were read from, one audit row each. */
@FunctionalInterface
public interface AuditedSources {

  /** Each source in the order the audit lists them. */
  List<AuditedSource> list() throws IOException;
}
