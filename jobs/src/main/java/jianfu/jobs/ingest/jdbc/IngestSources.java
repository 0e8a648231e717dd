package jianfu.jobs.ingest.jdbc;

import java.util.Map;
import java.util.Optional;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tables come from other than the input folder: {@code ingest.sources.T.jdbc} (JdbcSource). A
 * table not named here is read from its files.
 */
@ConfigurationProperties("ingest")
public record IngestSources(Map<String, TableSource> sources) {

  /** The sources of one table (today only JDBC). */
  public record TableSource(JdbcSource jdbc) {}

  public IngestSources {
    sources = sources == null ? Map.of() : Map.copyOf(sources);
  }

  /** The table's JDBC source, checked, if one is configured. */
  public Optional<JdbcSource> jdbc(SourceTable table) {
    Optional<JdbcSource> jdbc =
        Optional.ofNullable(sources.get(table.table())).map(TableSource::jdbc);
    jdbc.ifPresent(source -> source.checkFor(table));
    return jdbc;
  }

  /** Checks every configured source against the contract before anything is ingested. */
  public void check(Contract contract) {
    for (String table : sources.keySet()) {
      SourceTable source;
      try {
        source = contract.source(table);
      } catch (IllegalArgumentException e) {
        // not chained: the command line prints the root cause, and this message includes it
        throw new IllegalArgumentException("ingest.sources." + table + ": " + e.getMessage());
      }
      jdbc(source);
    }
  }
}
