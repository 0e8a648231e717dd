package jianfu.jobs.ingest.commit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.duckdb.Workspace;
import jianfu.jobs.ingest.read.ColumnValues;
import jianfu.jobs.ingest.validate.Reason;
import jianfu.jobs.ingest.validate.ReferenceCheck;
import jianfu.jobs.ingest.validate.ReferenceData;
import jianfu.jobs.ingest.validate.RowRejectedException;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;
import org.duckdb.DuckDBAppender;

/**
 * Checks a table's references to itself (an org's parent, the application a resubmission is of)
 * against its surviving rows and, after an incremental pull, the earlier rows it keeps (KeptRows;
 * they were checked when they were published), with the same ReferenceCheck as references to other
 * tables. Rejecting a row can orphan rows that refer to it, so the check repeats until it rejects
 * nothing.
 */
final class SelfReferences {

  private static final String FILE = "_source_file";
  private static final String LINE = "_line";

  private final Contract contract;
  private final SourceTable table;
  private final List<SourceColumn> referring;

  SelfReferences(Contract contract, SourceTable table) {
    this.contract = contract;
    this.table = table;
    this.referring =
        table.columns().stream()
            .filter(column -> column.references() != null)
            .filter(column -> column.references().targetTables().contains(table.table()))
            .toList();
  }

  void resolve(Workspace workspace) throws SQLException {
    if (referring.isEmpty()) {
      return;
    }
    Connection duck = workspace.connection();
    for (List<Failure> failures = failures(duck); !failures.isEmpty(); failures = failures(duck)) {
      reject(workspace, failures);
    }
  }

  private record Failure(String sourceFile, long line, String column, String message) {}

  /** A row of the table, every value as text, with where it came from. */
  private record StagedRow(String sourceFile, long line, ColumnValues<Object> values) {}

  private List<Failure> failures(Connection duck) throws SQLException {
    List<StagedRow> survivors = rows(duck, "SELECT * FROM classified WHERE _reason IS NULL");
    List<StagedRow> targets = rows(duck, "SELECT * FROM " + KeptRows.VIEW);
    targets.addAll(survivors);
    ReferenceCheck check =
        ReferenceCheck.toItself(
            contract,
            table,
            ReferenceData.of(
                Map.of(table, targets.stream().map(row -> row.values().asMap()).toList())));
    List<Failure> failures = new ArrayList<>();
    for (StagedRow row : survivors) {
      try {
        // a reference to its own table never only warns: nothing comes back but a rejection
        for (SourceColumn column : referring) {
          check.check(column, row.values().get(column.name()), row.values());
        }
      } catch (RowRejectedException e) {
        failures.add(new Failure(row.sourceFile(), row.line(), e.column(), e.getMessage()));
      }
    }
    return failures;
  }

  private List<StagedRow> rows(Connection duck, String query) throws SQLException {
    List<StagedRow> rows = new ArrayList<>();
    try (Statement statement = duck.createStatement();
        ResultSet result = statement.executeQuery(query)) {
      while (result.next()) {
        ColumnValues<Object> values = ColumnValues.empty(table.columns());
        for (int i = 0; i < table.columns().size(); i++) {
          values.set(i, result.getString(table.columns().get(i).name()));
        }
        rows.add(new StagedRow(result.getString(FILE), result.getLong(LINE), values));
      }
    }
    return rows;
  }

  private static void reject(Workspace workspace, List<Failure> failures) throws SQLException {
    Connection duck = workspace.connection();
    DuckDb.execute(
        duck,
        """
        CREATE OR REPLACE TABLE reference_failures
          (_source_file VARCHAR, _line BIGINT, _column_name VARCHAR, _message VARCHAR)
        """);
    try (DuckDBAppender appender = workspace.appender("reference_failures")) {
      for (Failure failure : failures) {
        appender.beginRow();
        appender.append(failure.sourceFile());
        appender.append(failure.line());
        appender.append(failure.column());
        appender.append(failure.message());
        appender.endRow();
      }
    }
    DuckDb.execute(
        duck,
        """
        UPDATE classified SET _reason = %s, _column_name = f._column_name, _message = f._message
        FROM reference_failures f
        WHERE classified._source_file = f._source_file AND classified._line = f._line
        """
            .formatted(DuckDb.literal(Reason.UNKNOWN_REFERENCE.name())));
  }
}
