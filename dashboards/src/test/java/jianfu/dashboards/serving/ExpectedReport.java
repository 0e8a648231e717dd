package jianfu.dashboards.serving;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.SqlTypes;

/**
 * The part of a {@link ServedFileReport} the contract decides: every served table with its row
 * count, every column with the contract's type and no null (SyntheticOutput fills every cell).
 */
final class ExpectedReport {

  /** The first fields of a column line, those before its smallest and largest values. */
  private static final int FIELDS_BEFORE_VALUES = 5;

  private ExpectedReport() {}

  static List<String> of(ServingDatabase serving, Path output, int rows) {
    List<String> expected = new ArrayList<>();
    for (ServedTable table :
        serving.tables(output).stream()
            .sorted(Comparator.comparing(t -> t.declaration().table()))
            .toList()) {
      String name = table.declaration().table();
      expected.add(String.join("\t", "table", name, String.valueOf(rows)));
      for (OutputColumn column : table.declaration().columns()) {
        expected.add(
            String.join(
                "\t",
                "column",
                name,
                column.name(),
                SqlTypes.of(column.type()),
                String.valueOf(rows)));
      }
    }
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
