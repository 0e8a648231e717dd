package jianfu.dashboards.serving;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SourceTable;

/**
 * Builds {@code <output>/serving/jianfu.duckdb}: every mart as a table of the same name, {@code
 * ingest_audit}, {@code ingest_warnings} (the warnings of every source table, with its name), the
 * {@link #RAW_TABLES raw tables} the views need as loaded (names, due dates, applications and
 * agreements), and the {@link #derivedTables() derived tables}. The file is built under a temporary
 * name and moved into place only when complete, so a dashboard never opens a half-built database
 * (ServingRefreshIT).
 */
public final class ServingDatabase {

  public static final String FILE_NAME = "jianfu.duckdb";

  /**
   * The file format written. DuckDB 2.0's default format cannot be opened before DuckDB 2.0, and
   * Superset hosts often pin an older Python duckdb; v1.0.0 opens with DuckDB 1.0 and later
   * (OldestDuckDbReadsTheServedFileTest). No format DuckDB 2.0 writes opens with DuckDB 0.10.
   */
  static final String STORAGE_VERSION = "v1.0.0";

  /** The column of ingest_warnings naming the source table: its folder under warnings/. */
  private static final String SOURCE_TABLE_COLUMN = "table_name";

  /**
   * The raw source tables served as they were loaded, for names and dates the marts lack: the
   * completeness views' org_units and returns, the compliance views' departments, applications,
   * consultations and the agreements.
   */
  static final List<String> RAW_TABLES =
      List.of(
          "org_units",
          "returns",
          "departments",
          "applications",
          "application_scope",
          "consultations",
          "entrustment_agreements",
          "entrustment_agreement_items",
          "undertaking_agreements");

  private final Contract contract;

  public ServingDatabase(Contract contract) {
    this.contract = contract;
  }

  public static Path location(Path output) {
    return output.resolve("serving").resolve(FILE_NAME);
  }

  /** Tables served from one pipeline output folder, in contract order. */
  List<ServedTable> tables(Path output) {
    List<ServedTable> tables = new ArrayList<>();
    for (OutputTable mart : contract.marts()) {
      tables.add(new ServedTable(mart, output.resolve("marts").resolve(mart.table())));
    }
    tables.add(
        new ServedTable(contract.ingestAudit(), output.resolve("audit").resolve("ingest_audit")));
    tables.add(
        ServedTable.perSubfolder(
            contract.ingestWarnings(), output.resolve("warnings"), SOURCE_TABLE_COLUMN));
    for (String table : RAW_TABLES) {
      tables.add(
          new ServedTable(asServed(contract.source(table)), output.resolve("raw").resolve(table)));
    }
    return tables;
  }

  /** Tables built from the served ones once they are all in, in the order they are built. */
  public static List<DerivedTable> derivedTables() {
    return List.of(
        DerivedTable.load("returns_outstanding"),
        DerivedTable.load("approvals_breaking_rules"),
        DerivedTable.load("agreement_coverage_by_street"),
        DerivedTable.load("undertaking_agreements_missing"));
  }

  /** The declaration of the derived table {@code name}. */
  public static OutputTable derivedTable(String name) {
    return derivedTables().stream()
        .map(DerivedTable::declaration)
        .filter(table -> table.table().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no derived table " + name));
  }

  /** A source table as served: its columns with the types they are stored with. */
  static OutputTable asServed(SourceTable source) {
    return new OutputTable(
        source.table(),
        source.label(),
        source.description(),
        source.key(),
        source.columns().stream()
            .map(column -> new OutputColumn(column.name(), column.label(), column.storedType()))
            .toList());
  }

  public Path build(Path output) throws IOException, SQLException {
    Path target = location(output);
    Files.createDirectories(target.getParent());
    Path temporary =
        target.resolveSibling("." + FILE_NAME + ".building-" + ProcessHandle.current().pid());
    Files.deleteIfExists(temporary);
    try {
      fill(temporary, tables(output));
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
      Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + ".wal"));
    }
    return target;
  }

  private static void fill(Path file, List<ServedTable> tables) throws SQLException, IOException {
    for (ServedTable table : tables) {
      if (!Files.isDirectory(table.parquetFolder())) {
        throw new IOException(
            "cannot serve "
                + table.declaration().table()
                + ": "
                + table.parquetFolder()
                + " does not exist (run the pipeline first)");
      }
    }
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute(
          DuckDbSql.attach(file, "served", "STORAGE_VERSION '" + STORAGE_VERSION + "'"));
      statement.execute("USE served");
      for (ServedTable table : tables) {
        statement.execute(table.createStatement());
      }
      for (DerivedTable table : derivedTables()) {
        statement.execute(table.createStatement());
      }
      statement.execute("CHECKPOINT served");
      statement.execute("USE memory");
      statement.execute("DETACH served");
    }
  }
}
