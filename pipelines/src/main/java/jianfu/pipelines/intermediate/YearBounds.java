package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;

import org.apache.spark.sql.Column;

/** The first and last day of a year column (docs/indicators.md: "Year-end of Y: Y-12-31"). */
public final class YearBounds {

  private YearBounds() {}

  public static Column yearStart(Column year) {
    return make_date(year, lit(1), lit(1));
  }

  public static Column yearEnd(Column year) {
    return make_date(year, lit(12), lit(31));
  }
}
