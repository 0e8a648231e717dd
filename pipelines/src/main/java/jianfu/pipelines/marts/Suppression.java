package jianfu.pipelines.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Which figures of an area and year are withheld (docs/indicators.md), as a column over rows of
 * areas and years (year, area_level, area_code, communities):
 *
 * <ul>
 *   <li>{@value #PRIMARY}: the area has fewer communities than the threshold;
 *   <li>{@value #SECONDARY}: a street withheld so that the district figure minus the published
 *       streets reveals no fewer communities than the threshold. While the withheld streets of a
 *       year together have fewer communities than the threshold (and at least one is withheld), the
 *       published street with the fewest communities (then the smallest code) is withheld too;
 *   <li>null: published.
 * </ul>
 *
 * The rule runs per year over community counts only, so every indicator of an area and year shares
 * one fate.
 */
final class Suppression {

  static final String PRIMARY = "PRIMARY";
  static final String SECONDARY = "SECONDARY";

  private static final String STREET = "STREET";

  private Suppression() {}

  static Column kind(int threshold) {
    Column primary = col("communities").lt(threshold);
    return when(primary, PRIMARY).when(secondary(primary, threshold), SECONDARY);
  }

  /**
   * The same fact as SDMX's CONF_STATUS code, for readers of SDMX-like data: F free, A primary
   * confidential (small counts), D secondary confidentiality set by the sender.
   */
  static Column confStatus(Column kind) {
    return when(kind.equalTo(PRIMARY), "A").when(kind.equalTo(SECONDARY), "D").otherwise("F");
  }

  /**
   * Every candidate (a street at or above the threshold) has at least the threshold's communities,
   * so the rule's loop withholds one at most: the first candidate, when the primary streets fall
   * short of the threshold together.
   */
  private static Column secondary(Column primary, int threshold) {
    Column street = col("area_level").equalTo(STREET);
    Column primaryStreet = street.and(primary);
    WindowSpec year = Window.partitionBy("year");
    Column primaryStreets = sum(when(primaryStreet, 1).otherwise(0)).over(year);
    Column primaryCommunities =
        sum(when(primaryStreet, col("communities")).otherwise(0)).over(year);
    Column firstCandidate =
        row_number()
            .over(
                Window.partitionBy(col("year"), street, primary)
                    .orderBy("communities", "area_code"))
            .equalTo(1);
    return street
        .and(firstCandidate)
        .and(primaryStreets.geq(1))
        .and(primaryCommunities.lt(threshold));
  }
}
