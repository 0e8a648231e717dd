package jianfu.jobs.ingest.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.duckdb.WorkDatabase;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.ReportingYears;
import jianfu.schemas.SourceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a table's rows are checked against in the tables published before it, read once per run and
 * shared by every table that needs it: the rows references to other tables resolve against
 * (decisions.md Ingestion 7; org_units, for one, is read once, not once for each of the dozen
 * tables naming a community), each with every column any table asks of it, and the reporting years.
 * Kept until the run ends. A table published again since it was read (a restart) is read again: its
 * files are compared by path, file key (the inode, new with each publication's rename), size and
 * modification time. Only one output folder's tables are kept: a run works in one, and a process
 * that runs again in another starts afresh.
 */
public final class PublishedReferences {

  private static final Logger log = LoggerFactory.getLogger(PublishedReferences.class);

  /** What was read of a published table, and the files it was read from. */
  private record Read(List<FileStamp> files, Object value) {}

  private record FileStamp(Path file, Object fileKey, long size, Object modified) {

    static FileStamp of(Path file) throws IOException {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new FileStamp(
          file, attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
    }
  }

  /** Reads a value of the given published files. */
  private interface Reading<T> {
    T of(List<Path> files) throws SQLException;
  }

  private final Contract contract;
  private final Map<String, Read> readByPurpose = new HashMap<>();
  private Path output;

  public PublishedReferences(Contract contract) {
    this.contract = contract;
  }

  /** The published rows of every other table {@code table} refers to, under {@code layout}. */
  public synchronized ReferenceData of(
      SourceTable table, OutputLayout layout, WorkDatabase database)
      throws SQLException, IOException {
    Map<String, Map<String, Map<String, String>>> rowsByTable = new HashMap<>();
    for (String target : table.referencedTables()) {
      Map<String, Map<String, String>> rows =
          cached(
              "rows", layout, target, files -> rowsByKey(contract.source(target), files, database));
      if (rows == null) {
        log.warn(
            "{} has not been ingested ({} holds no Parquet file): every reference to it is unknown",
            target,
            layout.raw(target));
      }
      rowsByTable.put(target, rows == null ? Map.of() : rows);
    }
    return ReferenceData.ofRowsByKey(rowsByTable);
  }

  /**
   * The years of the published rows of Contract.reportingYears(), under {@code layout}; none when
   * that table is not published.
   */
  public synchronized SortedSet<Integer> reportingYears(OutputLayout layout, WorkDatabase database)
      throws SQLException, IOException {
    ReportingYears declared = contract.reportingYears();
    SortedSet<Integer> years =
        cached("years", layout, declared.table(), files -> years(declared, files, database));
    return years == null ? Collections.emptySortedSet() : years;
  }

  /**
   * What {@code reading} gives of {@code table}'s published files, read once while they stay the
   * same; null when none is published.
   */
  @SuppressWarnings("unchecked")
  private <T> T cached(String purpose, OutputLayout layout, String table, Reading<T> reading)
      throws SQLException, IOException {
    if (!layout.output().equals(output)) {
      readByPurpose.clear();
      output = layout.output();
    }
    List<Path> files = DuckDbSql.parquetFilesIn(layout.raw(table));
    if (files.isEmpty()) {
      return null;
    }
    List<FileStamp> stamps = new ArrayList<>();
    for (Path file : files) {
      stamps.add(FileStamp.of(file));
    }
    String key = purpose + " " + table;
    Read read = readByPurpose.get(key);
    if (read == null || !read.files().equals(stamps)) {
      read = new Read(stamps, reading.of(files));
      readByPurpose.put(key, read);
    }
    return (T) read.value();
  }

  /** The rows of {@code files} by key, with every column a table of the contract asks about. */
  private Map<String, Map<String, String>> rowsByKey(
      SourceTable target, List<Path> files, WorkDatabase database) throws SQLException {
    List<String> asked =
        contract.sources().stream()
            .flatMap(table -> table.columnsAskedOf(target.table()).stream())
            .distinct()
            .toList();
    String sql =
        "SELECT "
            + DuckDb.identifiers(List.of(ReferenceData.keyColumn(target)))
            + (asked.isEmpty() ? "" : ", " + DuckDb.identifiers(asked))
            + " FROM read_parquet("
            + DuckDbSql.fileList(files)
            + ")";
    Map<String, Map<String, String>> byKey = new HashMap<>();
    try (Connection duck = database.connect();
        Statement statement = duck.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        Map<String, String> values = new HashMap<>();
        for (String column : asked) {
          values.put(column, rows.getString(column));
        }
        byKey.put(rows.getString(1), values);
      }
    }
    return byKey;
  }

  private static SortedSet<Integer> years(
      ReportingYears declared, List<Path> files, WorkDatabase database) throws SQLException {
    SortedSet<Integer> years = new TreeSet<>();
    try (Connection duck = database.connect();
        Statement statement = duck.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT DISTINCT %s FROM read_parquet(%s) WHERE %1$s IS NOT NULL"
                    .formatted(DuckDb.identifier(declared.column()), DuckDbSql.fileList(files)))) {
      while (rows.next()) {
        years.add(rows.getInt(1));
      }
    }
    return Collections.unmodifiableSortedSet(years);
  }
}
