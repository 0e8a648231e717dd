package jianfu.jobs.ingest.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the audit records of one source besides its rows.
 *
 * @param name the rows' source_file: a file name, or {@code jdbc:<table>}
 * @param encoding a CSV file's charset, {@code xlsx} for an Excel file, null for a JDBC result
 * @param unknownColumns header (or result) names the contract does not know
 */
public record AuditedSource(String name, String encoding, List<String> unknownColumns) {

  /**
   * The key of the files a stage step read, in its state and in the job's once promoted: the commit
   * step audits them without opening them again.
   */
  public static final String FILES_READ = "ingest.files.read";

  private static final String NAME = "name";
  private static final String ENCODING = "encoding";
  private static final String UNKNOWN_COLUMNS = "unknown_columns";

  /** The unknown names joined with ", ", null when there are none. */
  public String unknownColumnsText() {
    return unknownColumns.isEmpty() ? null : String.join(", ", unknownColumns);
  }

  /** Saves {@code files} in {@code state}, in their order, as plain maps and lists. */
  static void putInto(ExecutionContext state, List<AuditedSource> files) {
    ArrayList<Map<String, Object>> saved = new ArrayList<>();
    for (AuditedSource file : files) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put(NAME, file.name());
      values.put(ENCODING, file.encoding());
      values.put(UNKNOWN_COLUMNS, new ArrayList<>(file.unknownColumns()));
      saved.add(values);
    }
    state.put(FILES_READ, saved);
  }

  /** The files saved in {@code state} (none when nothing was saved). */
  public static List<AuditedSource> filesIn(ExecutionContext state) {
    List<AuditedSource> files = new ArrayList<>();
    if (state.get(FILES_READ) instanceof List<?> saved) {
      for (Object each : saved) {
        Map<?, ?> values = (Map<?, ?>) each;
        files.add(
            new AuditedSource(
                (String) values.get(NAME),
                (String) values.get(ENCODING),
                ((List<?>) values.get(UNKNOWN_COLUMNS)).stream().map(String.class::cast).toList()));
      }
    }
    return files;
  }
}
