package jianfu.jobs.ingest.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkDatabaseTest {

  @TempDir Path work;

  @Test
  void twoWorkspacesEachHaveTheirOwnTableOfTheSameName() throws Exception {
    try (WorkDatabase database = WorkDatabase.open("256MB", work.resolve("duckdb.tmp"));
        Workspace departments = database.workspace();
        Workspace ledgers = database.workspace()) {
      // given: both create and fill a table "staged"
      DuckDb.execute(departments.connection(), "CREATE TABLE staged (code VARCHAR)");
      DuckDb.execute(ledgers.connection(), "CREATE TABLE staged (code VARCHAR)");
      append(departments, "D01");
      append(ledgers, "L01");
      append(ledgers, "L02");

      // when
      DuckDb.execute(departments.connection(), "CREATE VIEW seen AS SELECT * FROM staged");

      // then
      assertThat(single(departments.connection(), "SELECT string_agg(code) FROM seen"))
          .isEqualTo("D01");
      assertThat(single(ledgers.connection(), "SELECT string_agg(code ORDER BY code) FROM staged"))
          .isEqualTo("L01,L02");
    }
  }

  @Test
  void closingAWorkspaceDropsItsTables() throws Exception {
    try (WorkDatabase database = WorkDatabase.open("256MB", work.resolve("duckdb.tmp"))) {
      // given
      Workspace workspace = database.workspace();
      DuckDb.execute(workspace.connection(), "CREATE TABLE classified AS SELECT 1 AS line");

      // when
      workspace.close();

      // then
      try (Connection reader = database.connect()) {
        assertThat(
                single(
                    reader, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'classified'"))
            .isEqualTo("0");
      }
    }
  }

  @Test
  void deletesWhatAKilledRunSpilledWhenItOpensAndWhenItCloses() throws Exception {
    // given: a spill file a killed run left
    Path spill = Files.createDirectories(work.resolve("duckdb.tmp"));
    Files.writeString(spill.resolve("duckdb_temp_storage-0.tmp"), "left by a killed run");

    // when
    WorkDatabase database = WorkDatabase.open("256MB", spill);

    // then
    assertThat(spill).doesNotExist();
    database.close();
    assertThat(spill).doesNotExist();
  }

  private static void append(Workspace workspace, String code) throws SQLException {
    try (DuckDBAppender appender = workspace.appender("staged")) {
      appender.beginRow();
      appender.append(code);
      appender.endRow();
    }
  }

  private static String single(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      result.next();
      return result.getString(1);
    }
  }
}
