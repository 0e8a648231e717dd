package jianfu.dashboards.serving;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SqlTypes;

/**
 * The part of a {@link ServedFileReport} the contract decides: every served table with its row
 * count, every column with the contract's type and no null (SyntheticOutput fills every cell);
 * every derived table with its declared columns and types, empty (the synthetic reporting_rates has
 * no COMMUNITY row) but for the names tables, one row per synthetic org unit or department.
 */
final class ExpectedReport {

  /** The first fields of a column line, those before its smallest and largest values. */
  private static final int FIELDS_BEFORE_VALUES = 5;

  private ExpectedReport() {}

  static List<String> of(ServingDatabase serving, Path output, int rows) {
    Map<OutputTable, Integer> tables = new TreeMap<>(Comparator.comparing(OutputTable::table));
    serving.tables(output).forEach(table -> tables.put(table.declaration(), rows));
    ServingDatabase.derivedTables()
        .forEach(
            table ->
                tables.put(
                    table.declaration(),
                    DisplayNames.isNamesTable(table.declaration().table()) ? rows : 0));
    List<String> expected = new ArrayList<>();
    tables.forEach(
        (table, count) -> {
          expected.add(String.join("\t", "table", table.table(), String.valueOf(count)));
          for (OutputColumn column : table.columns()) {
            expected.add(
                String.join(
                    "\t",
                    "column",
                    table.table(),
                    column.name(),
                    SqlTypes.of(column.type()),
                    String.valueOf(count)));
          }
        });
    return expected;
  }

  /** The report without the columns' values, to compare with {@link #of}. */
  static List<String> withoutValues(List<String> report) {
    return report.stream()
        .map(line -> Arrays.asList(line.split("\t")))
        .map(fields -> fields.subList(0, Math.min(fields.size(), FIELDS_BEFORE_VALUES)))
        .map(fields -> String.join("\t", fields))
        .toList();
  }
}
