package jianfu.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link DistrictGenerator#writeTo} wrote: data rows per source table (over all of a table's
 * files, flawed rows included) and the deliberately flawed rows among them.
 */
public record GenerationSummary(Path folder, Map<String, Integer> rowsPerTable, List<Flaw> flaws) {

  public GenerationSummary {
    rowsPerTable = Map.copyOf(rowsPerTable);
    flaws = List.copyOf(flaws);
  }

  public int totalRows() {
    return rowsPerTable.values().stream().mapToInt(Integer::intValue).sum();
  }
}
