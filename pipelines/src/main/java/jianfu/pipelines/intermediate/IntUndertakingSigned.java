package jianfu.pipelines.intermediate;

import static jianfu.pipelines.intermediate.YearBounds.yearEnd;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Communities whose undertaking agreement (社区(村)承接工作协议书) of a year is signed on or before that
 * year's end: (year, org_code, undertaking_signed = true). A draft (no signed_on) or an agreement
 * signed later is not among them.
 */
public final class IntUndertakingSigned {

  private IntUndertakingSigned() {}

  public static Dataset<Row> of(StagingTables staging) {
    return staging
        .table("undertaking_agreements")
        .filter(col("signed_on").leq(yearEnd(col("year"))))
        .select(col("year"), col("org_code"), lit(true).as("undertaking_signed"))
        .distinct();
  }
}
