package jianfu.jobs.ingest.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The rows an incremental pull takes: those whose watermark is above the one the last publication
 * remembers and at most the greatest the source held when the run started. The source step fixes it
 * once per run in the job's execution context, so a restarted run pulls the same rows, and the
 * commit step remembers {@link #reached()} with the rows it publishes.
 *
 * @param column the watermark column
 * @param type the column's type as the source names it; watermarks are kept as the source's text
 *     and cast back to it
 * @param after the remembered watermark; null for a full pull (nothing was published with one)
 * @param upTo the greatest watermark in the source when the run started; null if it has none
 */
public record PullWindow(String column, String type, String after, String upTo) {

  private static final String PREFIX = "ingest.pull.";

  /** A pull that replaces the published table rather than adding to it. */
  public boolean incremental() {
    return after != null;
  }

  /** The watermark of the rows published once this pull is. */
  public String reached() {
    return upTo != null ? upTo : after;
  }

  /**
   * The configured query as a subquery, limited to the window and ordered by the watermark, then by
   * the table's key: a restart passes over the rows already committed by counting them, so rows
   * sharing a watermark must come back in the same order each time. A full pull also takes the rows
   * without a watermark: no incremental pull can see them.
   */
  String query(String configured, List<String> key) {
    String bound = "CAST(? AS " + type + ")";
    String window =
        incremental()
            ? column + " > " + bound + " AND " + column + " <= " + bound
            : column + " IS NULL OR " + column + " <= " + bound;
    List<String> order = new ArrayList<>(List.of(column));
    key.stream().filter(keyColumn -> !keyColumn.equals(column)).forEach(order::add);
    return "SELECT * FROM ("
        + configured
        + ") source WHERE "
        + window
        + " ORDER BY "
        + String.join(", ", order);
  }

  /** Binds the window's watermarks to {@link #query}'s parameters. */
  void bind(PreparedStatement statement) throws SQLException {
    int parameter = 1;
    if (incremental()) {
      statement.setString(parameter++, after);
    }
    statement.setString(parameter, upTo);
  }

  public void putInto(ExecutionContext context) {
    context.putString(PREFIX + "column", column);
    context.putString(PREFIX + "type", type);
    context.put(PREFIX + "after", after);
    context.put(PREFIX + "upTo", upTo);
  }

  /** The run's window, if its table is pulled incrementally. */
  public static Optional<PullWindow> from(ExecutionContext context) {
    if (!context.containsKey(PREFIX + "column")) {
      return Optional.empty();
    }
    return Optional.of(
        new PullWindow(
            context.getString(PREFIX + "column"),
            context.getString(PREFIX + "type"),
            context.getString(PREFIX + "after", null),
            context.getString(PREFIX + "upTo", null)));
  }
}
