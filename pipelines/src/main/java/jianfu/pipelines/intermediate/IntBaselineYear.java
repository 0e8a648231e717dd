package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * The baseline year as an int literal: the configured year, or else the earliest reporting year
 * (null when there is none).
 */
public final class IntBaselineYear {

  private IntBaselineYear() {}

  public static Column of(IntReportingYears reportingYears, Integer configured) {
    List<Integer> years = reportingYears.years();
    Integer baseline = configured != null ? configured : years.isEmpty() ? null : years.get(0);
    return lit(baseline).cast(DataTypes.IntegerType);
  }
}
