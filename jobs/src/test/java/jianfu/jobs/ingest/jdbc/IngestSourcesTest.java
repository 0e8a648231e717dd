package jianfu.jobs.ingest.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import jianfu.jobs.ingest.jdbc.IngestSources.TableSource;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.junit.jupiter.api.Test;

class IngestSourcesTest {

  private static final Contract CONTRACT = Contract.load();
  private static final String URL = "jdbc:postgresql://127.0.0.1/district";

  @Test
  void aTableWithoutAKeyCannotBePulledIncrementally() {
    // given: departments as if the contract gave it no key
    SourceTable departments = CONTRACT.source("departments");
    SourceTable keyless =
        new SourceTable("departments", "部门", "", List.of(), departments.columns());
    IngestSources sources =
        sources("departments", new JdbcSource(URL, null, null, "SELECT 1", "updated_at"));

    // then
    assertThatThrownBy(() -> sources.jdbc(keyless))
        .hasMessage(
            "ingest.sources.departments.jdbc.watermark: departments has no key in the contract,"
                + " so a pulled row could not replace its earlier version; it can only be pulled"
                + " in full (remove the watermark)");
    assertThat(sources.jdbc(departments)).isPresent();
  }

  @Test
  void namesTheSettingToFix() {
    assertThatThrownBy(
            () ->
                sources("ledger", new JdbcSource(URL, null, null, "SELECT 1", null))
                    .check(CONTRACT))
        .hasMessageStartingWith("ingest.sources.ledger: unknown source table 'ledger'");
    assertThatThrownBy(
            () -> sources("ledgers", new JdbcSource(URL, null, null, " ", null)).check(CONTRACT))
        .hasMessage("ingest.sources.ledgers.jdbc.query is required");
    assertThatThrownBy(
            () ->
                sources("ledgers", new JdbcSource(URL, null, null, "SELECT 1", "max(updated_at)"))
                    .check(CONTRACT))
        .hasMessage(
            "ingest.sources.ledgers.jdbc.watermark must be a column name of the query, not"
                + " 'max(updated_at)'");
  }

  @Test
  void aTableWithoutASourceIsReadFromItsFiles() {
    assertThat(new IngestSources(null).jdbc(CONTRACT.source("ledgers"))).isEmpty();
  }

  private static IngestSources sources(String table, JdbcSource jdbc) {
    return new IngestSources(Map.of(table, new TableSource(jdbc)));
  }
}
