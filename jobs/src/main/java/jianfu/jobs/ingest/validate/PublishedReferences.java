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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.jobs.ingest.duckdb.WorkDatabase;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.SourceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published rows that references to other tables resolve against (decisions.md Ingestion 7),
 * read once per run and shared by every table that refers to them: org_units, for one, is read
 * once, not once for each of the dozen tables naming a community. Each table is read with every
 * column any table asks of it, and kept until the run ends. A table published again since it was
 * read (a restart) is read again: its files are compared by path, file key (the inode, new with
 * each publication's rename), size and modification time. Only one output folder's tables are kept:
 * a run works in one, and a process that runs again in another starts afresh.
 */
public final class PublishedReferences {

  private static final Logger log = LoggerFactory.getLogger(PublishedReferences.class);

  /** A published table as read, and the files it was read from. */
  private record Read(List<FileStamp> files, Map<String, Map<String, String>> rowsByKey) {}

  private record FileStamp(Path file, Object fileKey, long size, Object modified) {

    static FileStamp of(Path file) throws IOException {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return new FileStamp(
          file, attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
    }
  }

  private final Contract contract;
  private final Map<Path, Read> readByFolder = new HashMap<>();
  private Path output;

  public PublishedReferences(Contract contract) {
    this.contract = contract;
  }

  /** The published rows of every other table {@code table} refers to, under {@code layout}. */
  public synchronized ReferenceData of(
      SourceTable table, OutputLayout layout, WorkDatabase database)
      throws SQLException, IOException {
    if (!layout.output().equals(output)) {
      readByFolder.clear();
      output = layout.output();
    }
    Map<String, Map<String, Map<String, String>>> rowsByTable = new HashMap<>();
    for (String target : table.referencedTables()) {
      rowsByTable.put(target, published(contract.source(target), layout.raw(target), database));
    }
    return ReferenceData.ofRowsByKey(rowsByTable);
  }

  private Map<String, Map<String, String>> published(
      SourceTable target, Path folder, WorkDatabase database) throws SQLException, IOException {
    List<Path> files = DuckDbSql.parquetFilesIn(folder);
    if (files.isEmpty()) {
      log.warn(
          "{} has not been ingested ({} holds no Parquet file): every reference to it is unknown",
          target.table(),
          folder);
      return Map.of();
    }
    List<FileStamp> stamps = new ArrayList<>();
    for (Path file : files) {
      stamps.add(FileStamp.of(file));
    }
    Read read = readByFolder.get(folder);
    if (read == null || !read.files().equals(stamps)) {
      read = new Read(stamps, read(target, files, database));
      readByFolder.put(folder, read);
    }
    return read.rowsByKey();
  }

  /** The rows of {@code files} by key, with every column a table of the contract asks about. */
  private Map<String, Map<String, String>> read(
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
}
