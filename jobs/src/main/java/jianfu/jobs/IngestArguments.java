package jianfu.jobs;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;

/**
 * What the command line asks for (read by IngestCommand): the input folder, the output folder (none
 * for a validation, see ValidateRunner), the tables named by {@code --tables} (empty: all), whether
 * it is a validation and a strict one, and the Spring properties given as {@code --name=value}.
 */
public record IngestArguments(
    Path input,
    Path output,
    List<String> tables,
    boolean validate,
    boolean strict,
    boolean verbose,
    List<String> springArguments) {

  /** The same command writing to {@code folder} (a validation's scratch folder). */
  public IngestArguments withOutput(Path folder) {
    return new IngestArguments(input, folder, tables, validate, strict, verbose, springArguments);
  }

  /** Fails, naming the contract's tables, when --tables names a table the contract lacks. */
  public void checkTables(Contract contract) {
    tables.forEach(contract::source);
  }

  /**
   * The tables to ingest in load order (all when --tables is not given). A validation also takes
   * the tables the named ones need (Contract.tablesNeededBy), since their references resolve
   * against those tables' rows and their years against the reporting years.
   */
  public List<SourceTable> tablesIn(Contract contract) {
    List<SourceTable> loadOrder = contract.sourcesInLoadOrder();
    Set<String> named = new HashSet<>(tables);
    if (validate) {
      // A table comes after the tables it refers to, so one pass from the end takes them all.
      for (int i = loadOrder.size() - 1; i >= 0; i--) {
        if (named.contains(loadOrder.get(i).table())) {
          named.addAll(contract.tablesNeededBy(loadOrder.get(i)));
        }
      }
    }
    return loadOrder.stream()
        .filter(table -> tables.isEmpty() || named.contains(table.table()))
        .toList();
  }
}
