package jianfu.jobs.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.util.SortedSet;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.duckdb.WorkDatabase;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedReferencesTest {

  private final Contract contract = Contract.load();
  private WorkDatabase database;
  private OutputLayout layout;
  private static final FileTime SAME_TIME = FileTime.fromMillis(1_000_000L);

  @BeforeEach
  void openTheWorkDatabase(@TempDir Path output) throws Exception {
    database = WorkDatabase.open("256MB", output.resolve("duckdb.tmp"));
    layout = new OutputLayout(output, contract);
  }

  @AfterEach
  void closeTheWorkDatabase() throws Exception {
    database.close();
  }

  @Test
  void readsAPublishedTableOnceForEveryTableReferringToIt() throws Exception {
    // given: departments published, and read for applications
    Path published = publishDepartments("D01");
    PublishedReferences tables = new PublishedReferences(contract);
    ReferenceData forApplications = tables.of(contract.source("applications"), layout, database);

    // when: the file is spoilt behind the reader's back, its size and time kept, and ledgers ask
    FileTime modified = Files.getLastModifiedTime(published);
    Files.write(published, new byte[(int) Files.size(published)]);
    Files.setLastModifiedTime(published, modified);
    ReferenceData forLedgers = tables.of(contract.source("ledgers"), layout, database);

    // then: ledgers get the rows read for applications; reading the file again would have failed
    assertThat(forApplications.find("departments", "D01")).isPresent();
    assertThat(forLedgers.find("departments", "D01")).isPresent();
  }

  @Test
  void readsATableAgainOncePublishedAgain() throws Exception {
    // given
    PublishedReferences tables = new PublishedReferences(contract);
    publishDepartments("D01");
    ReferenceData before = tables.of(contract.source("ledgers"), layout, database);

    // when: departments is published again with other rows, as large and with the same time
    publishDepartments("D02");
    ReferenceData after = tables.of(contract.source("ledgers"), layout, database);

    // then
    assertThat(before.find("departments", "D02")).isEmpty();
    assertThat(after.find("departments", "D02")).isPresent();
    assertThat(after.find("departments", "D01")).isEmpty();
  }

  @Test
  void keepsEachOutputFoldersTablesApart(@TempDir Path otherOutput) throws Exception {
    // given: departments published in two output folders with different rows
    PublishedReferences tables = new PublishedReferences(contract);
    OutputLayout other = new OutputLayout(otherOutput, contract);
    publishDepartments("D01");
    publish(other, "departments", departmentCoded("D02"));

    // when: read for one folder, then the other, then the first again
    ReferenceData first = tables.of(contract.source("ledgers"), layout, database);
    ReferenceData second = tables.of(contract.source("ledgers"), other, database);
    ReferenceData firstAgain = tables.of(contract.source("ledgers"), layout, database);

    // then
    assertThat(first.find("departments", "D01")).isPresent();
    assertThat(second.find("departments", "D02")).isPresent();
    assertThat(second.find("departments", "D01")).isEmpty();
    assertThat(firstAgain.find("departments", "D01")).isPresent();
    assertThat(firstAgain.find("departments", "D02")).isEmpty();
  }

  @Test
  void readsTheReportingYearsOfThePublishedReturnsAgainOncePublishedAgain() throws Exception {
    // given
    PublishedReferences tables = new PublishedReferences(contract);
    SortedSet<Integer> unpublished = tables.reportingYears(layout, database);
    publish(layout, "returns", "SELECT * FROM (VALUES (2023), (2024), (2024), (NULL)) t(year)");
    SortedSet<Integer> first = tables.reportingYears(layout, database);

    // when
    publish(layout, "returns", "SELECT * FROM (VALUES (2025)) t(year)");
    SortedSet<Integer> again = tables.reportingYears(layout, database);

    // then
    assertThat(unpublished).isEmpty();
    assertThat(first).containsExactly(2023, 2024);
    assertThat(again).containsExactly(2025);
  }

  @Test
  void findsNothingInATableNotYetPublished() throws Exception {
    ReferenceData data =
        new PublishedReferences(contract).of(contract.source("ledgers"), layout, database);

    assertThat(data.find("departments", "D01")).isEmpty();
  }

  /** Publishes departments with one row, coded {@code code}, as the commit step would. */
  private Path publishDepartments(String code) throws Exception {
    return publish(layout, "departments", departmentCoded(code));
  }

  private static String departmentCoded(String code) {
    return "SELECT %s AS dept_code, '民政局' AS dept_name, 'GOVERNMENT' AS category"
        .formatted(DuckDb.literal(code));
  }

  /** Publishes {@code table} under {@code output} with the rows of {@code query}. */
  private Path publish(OutputLayout output, String table, String query) throws Exception {
    Path file = output.rawFile(table);
    Files.createDirectories(file.getParent());
    Path writing = file.resolveSibling(table + ".writing");
    try (Connection duck = database.connect()) {
      DuckDb.execute(
          duck,
          "COPY (%s) TO %s (FORMAT parquet)".formatted(query, DuckDb.literal(writing.toString())));
    }
    // renamed into place as the commit step does; every publication with the same time, as two
    // publications within one tick of a coarse clock would have
    Files.move(writing, file, StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(file, SAME_TIME);
    return file;
  }
}
