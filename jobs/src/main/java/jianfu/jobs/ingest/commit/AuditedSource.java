package jianfu.jobs.ingest.commit;

import java.util.List;

/**
 * What the audit records of one source besides its rows.
 *
 * @param name the rows' source_file: a file name, or {@code jdbc:<table>}
 * @param encoding a CSV file's charset, {@code xlsx} for an Excel file, null for a JDBC result
 * @param unknownColumns header (or result) names the contract does not know
 */
public record AuditedSource(String name, String encoding, List<String> unknownColumns) {

  /** The unknown names joined with ", ", null when there are none. */
  String unknownColumnsText() {
    return unknownColumns.isEmpty() ? null : String.join(", ", unknownColumns);
  }
}
