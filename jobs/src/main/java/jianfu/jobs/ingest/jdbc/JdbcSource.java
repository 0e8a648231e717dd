package jianfu.jobs.ingest.jdbc;

import java.util.regex.Pattern;
import javax.sql.DataSource;
import jianfu.schemas.SourceTable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A table pulled over JDBC ({@code ingest.sources.T.jdbc}): the rows of {@code query}, whose column
 * labels name the contract's columns. With {@code watermark} (a column of the query's result that
 * grows whenever a row changes, e.g. updated_at) a run pulls only the rows changed since the last
 * publication, and they replace their earlier versions by key.
 */
public record JdbcSource(
    String url, String username, String password, String query, String watermark) {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern TRAILING_SEMICOLONS = Pattern.compile("[;\\s]+$");

  public JdbcSource {
    query = query == null ? null : TRAILING_SEMICOLONS.matcher(query).replaceAll("");
    watermark = watermark == null || watermark.isBlank() ? null : watermark.trim();
  }

  /** The source_file of the table's rows, in the quarantine and the audit. */
  public static String sourceName(String table) {
    return "jdbc:" + table;
  }

  public boolean incremental() {
    return watermark != null;
  }

  /**
   * Throws IllegalArgumentException, naming the setting to fix, when this cannot be a source of
   * {@code table}.
   */
  void checkFor(SourceTable table) {
    String setting = "ingest.sources." + table.table() + ".jdbc.";
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(setting + "url is required");
    }
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException(setting + "query is required");
    }
    if (incremental() && table.key().isEmpty()) {
      throw new IllegalArgumentException(
          setting
              + "watermark: "
              + table.table()
              + " has no key in the contract, so a pulled row could not replace its earlier"
              + " version; it can only be pulled in full (remove the watermark)");
    }
    if (incremental() && !IDENTIFIER.matcher(watermark).matches()) {
      throw new IllegalArgumentException(
          setting + "watermark must be a column name of the query, not '" + watermark + "'");
    }
  }

  /** Without the password, which must not reach a log. */
  @Override
  public String toString() {
    return "JdbcSource[url=%s, username=%s, query=%s, watermark=%s]"
        .formatted(url, username, query, watermark);
  }

  /** Connections to the source, opened when asked for (a pull needs one or two). */
  DataSource dataSource() {
    return new DriverManagerDataSource(url, username, password);
  }
}
