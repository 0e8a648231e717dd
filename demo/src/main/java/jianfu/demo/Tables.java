package jianfu.demo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;

/**
 * The open CSV files of the demo folder: {@code <table>.csv} for every source table of the
 * contract, and the latest year of work items in a file of its own ({@code work_items-2025.csv}),
 * as a district that exports one file per year would hand it over.
 */
final class Tables implements Closeable {

  static final String WORK_ITEMS = "work_items";
  static final String LATEST_WORK_ITEMS_FILE = WORK_ITEMS + "-" + Years.LATEST + ".csv";

  private final Map<String, CsvTable> byName = new LinkedHashMap<>();
  private final CsvTable latestWorkItems;

  Tables(Path folder, Contract contract) {
    for (SourceTable table : contract.sources()) {
      byName.put(table.table(), CsvTable.create(folder.resolve(table.table() + ".csv"), table));
    }
    latestWorkItems =
        CsvTable.create(folder.resolve(LATEST_WORK_ITEMS_FILE), contract.source(WORK_ITEMS));
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
    return year == Years.LATEST ? latestWorkItems : get(WORK_ITEMS);
  }

  /** Data rows written per table, over all of its files, in contract order. */
  Map<String, Integer> rowsPerTable() {
    Map<String, Integer> rows = new LinkedHashMap<>();
    byName.forEach((name, table) -> rows.put(name, table.rows()));
    rows.merge(WORK_ITEMS, latestWorkItems.rows(), Integer::sum);
    return rows;
  }

  @Override
  public void close() throws IOException {
    for (CsvTable table : byName.values()) {
      table.close();
    }
    latestWorkItems.close();
  }
}
