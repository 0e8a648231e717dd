package jianfu.schemas;

import java.util.List;
import java.util.Optional;

/** A source table of docs/contract.md: its columns, its key and its rules. */
public record SourceTable(
    String table, String label, String description, List<String> key, List<SourceColumn> columns) {

  public SourceColumn column(String name) {
    return findColumn(name)
        .orElseThrow(() -> new IllegalArgumentException(table + " has no column " + name));
  }

  public Optional<SourceColumn> findColumn(String name) {
    return columns.stream().filter(column -> column.name().equals(name)).findFirst();
  }

  /**
   * The column a file's header names, by its name or by its Chinese label (社区代码 for org_code): a
   * header may use either.
   */
  public Optional<SourceColumn> findColumnByNameOrLabel(String heading) {
    return columns.stream()
        .filter(column -> column.name().equals(heading) || column.label().equals(heading))
        .findFirst();
  }

  public List<String> columnNames() {
    return columns.stream().map(SourceColumn::name).toList();
  }

  /** Key columns are always required; other columns when the contract says so. */
  public boolean isRequired(SourceColumn column) {
    return column.required() || key.contains(column.name());
  }

  /** Columns a file must have in its header: required ones, keys, and conditional ones. */
  public boolean mustBePresent(SourceColumn column) {
    return isRequired(column) || column.requiredIf() != null || column.requiredUnless() != null;
  }

  /** The columns of {@code target}'s rows this table's references compare, besides their key. */
  public List<String> columnsAskedOf(String target) {
    return columns.stream()
        .filter(column -> column.references() != null)
        .flatMap(column -> column.references().columnsAskedOf(target).stream())
        .distinct()
        .toList();
  }

  /** Tables other than this one that its references point to. */
  public List<String> referencedTables() {
    return columns.stream()
        .filter(column -> column.references() != null)
        .flatMap(column -> column.references().targetTables().stream())
        .filter(target -> !target.equals(table))
        .distinct()
        .toList();
  }
}
