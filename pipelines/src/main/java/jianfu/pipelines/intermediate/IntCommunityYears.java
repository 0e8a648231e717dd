package jianfu.pipelines.intermediate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every community in every reporting year (org_code, street_code, year): the rows of the
 * per-community marts, which show zeros where nothing was recorded.
 */
public final class IntCommunityYears {

  private IntCommunityYears() {}

  public static Dataset<Row> of(Dataset<Row> communities, IntReportingYears reportingYears) {
    return reportingYears.each(communities);
  }
}
