package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;

/**
 * The rows of a frame, counted by the action that computes it (Spark's {@link Observation}): a
 * count afterwards would be one more query, and Spark job, of its own.
 */
public final class CountedRows {

  private static final String ROWS = "rows";

  private final Observation observation = new Observation();

  /** {@code frame}, whose rows the next action computing it counts here. */
  public Dataset<Row> counting(Dataset<Row> frame) {
    return frame.observe(observation, count(lit(1)).as(ROWS));
  }

  /** The rows counted; called after the action that computed the frame. */
  public long rows() {
    try {
      return ((Number) observation.getAsJava().get(ROWS)).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting rows", e);
    }
  }
}
