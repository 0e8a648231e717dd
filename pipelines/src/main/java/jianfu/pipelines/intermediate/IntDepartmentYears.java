package jianfu.pipelines.intermediate;

import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every department in every reporting year (dept_code, year): the rows of the per-department marts,
 * which show zeros where nothing was recorded.
 */
public final class IntDepartmentYears {

  private IntDepartmentYears() {}

  public static Dataset<Row> of(StagingTables staging, IntReportingYears reportingYears) {
    return reportingYears.each(staging.table("departments").select("dept_code"));
  }
}
