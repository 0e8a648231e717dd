package jianfu.demo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;

/**
 * The open CSV files of the demo folder: {@code <table>.csv} for every source table of the
 * contract, and the latest closed year and the current year of work items in files of their own
 * ({@code work_items-2025.csv}, {@code work_items-2026.csv}), as a district that exports one file
 * per year would hand them over.
 */
final class Tables implements Closeable {

  static final String WORK_ITEMS = "work_items";

  private final Map<String, CsvTable> byName = new LinkedHashMap<>();
  private final Map<Integer, CsvTable> workItemsOfYear = new LinkedHashMap<>();

  Tables(Path folder, Contract contract) {
    for (SourceTable table : contract.sources()) {
      byName.put(table.table(), CsvTable.create(folder.resolve(table.table() + ".csv"), table));
    }
    for (int year : List.of(Years.LATEST, Years.CURRENT)) {
      workItemsOfYear.put(
          year,
          CsvTable.create(
              folder.resolve(WORK_ITEMS + "-" + year + ".csv"), contract.source(WORK_ITEMS)));
    }
  }

  CsvTable get(String table) {
    CsvTable found = byName.get(table);
    if (found == null) {
      throw new IllegalArgumentException("no source table " + table);
    }
    return found;
  }

  /** The file work items of a year go to. */
  CsvTable workItems(int year) {
    return workItemsOfYear.getOrDefault(year, get(WORK_ITEMS));
  }

  /** Data rows written per table, over all of its files, in contract order. */
  Map<String, Integer> rowsPerTable() {
    Map<String, Integer> rows = new LinkedHashMap<>();
    byName.forEach((name, table) -> rows.put(name, table.rows()));
    workItemsOfYear.values().forEach(file -> rows.merge(WORK_ITEMS, file.rows(), Integer::sum));
    return rows;
  }

  @Override
  public void close() throws IOException {
    for (CsvTable table : byName.values()) {
      table.close();
    }
    for (CsvTable table : workItemsOfYear.values()) {
      table.close();
    }
  }
}
