package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.col;

import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Communities (org_units of level COMMUNITY) as (org_code, street_code = their parent). */
public final class IntCommunities {

  private IntCommunities() {}

  public static Dataset<Row> of(StagingTables staging) {
    return staging
        .table("org_units")
        .filter(col("level").equalTo("COMMUNITY"))
        .select(col("org_code"), col("parent_code").as("street_code"));
  }
}
