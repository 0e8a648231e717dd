package jianfu.pipelines.marts;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/** Aggregate expressions the marts share. */
final class Aggregations {

  private Aggregations() {}

  /** How many rows of the group satisfy {@code condition} (a null condition does not count). */
  static Column countWhere(Column condition) {
    return count(when(condition, lit(1)));
  }

  static Column countRows() {
    return count(lit(1));
  }
}
