package jianfu.oracle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;

/**
 * Source rows being put together for a test, held to the contract as loaded data is: contract
 * columns only, and at most one row per key.
 */
final class RawRows {

  private final Contract contract;
  private final Map<String, List<RawRow>> rowsByTable = new LinkedHashMap<>();
  private final Map<String, Set<List<Object>>> keysByTable = new LinkedHashMap<>();

  RawRows(Contract contract) {
    this.contract = contract;
  }

  /** Adds the row unless its table already holds one with the same key; says which. */
  boolean add(String table, RawRow row) {
    SourceTable source = contract.source(table);
    row.columns().forEach(source::column);
    List<Object> key = new ArrayList<>();
    source.key().forEach(column -> key.add(row.get(column)));
    if (!keysByTable.computeIfAbsent(table, t -> new HashSet<>()).add(key)) {
      return false;
    }
    rowsByTable.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
    return true;
  }

  /** Adds the rows of a {@link TextTable}; a repeated key is a mistake in the text. */
  void add(String table, String textTable) {
    for (RawRow row : TextTable.rows(contract.source(table), textTable)) {
      if (!add(table, row)) {
        throw new IllegalArgumentException(table + " repeats a key in " + textTable);
      }
    }
  }

  /** Makes the table exist even when no row is added to it. */
  void declare(String table) {
    contract.source(table);
    rowsByTable.computeIfAbsent(table, t -> new ArrayList<>());
  }

  Set<String> tables() {
    return rowsByTable.keySet();
  }

  List<RawRow> rows(String table) {
    return rowsByTable.getOrDefault(table, List.of());
  }
}
