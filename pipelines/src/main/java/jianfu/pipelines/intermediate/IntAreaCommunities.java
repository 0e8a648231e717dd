package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The areas figures are summed over (level, org_code) with each of their communities ({@code
 * community}): the district (level DISTRICT) has every community, a street (STREET) its children. A
 * street without communities has one row with a null community, so that it still has figures.
 */
public final class IntAreaCommunities {

  public static final String DISTRICT = "DISTRICT";
  public static final String STREET = "STREET";

  private IntAreaCommunities() {}

  public static Dataset<Row> of(StagingTables staging, Dataset<Row> communities) {
    Dataset<Row> orgUnits = staging.table("org_units");
    Dataset<Row> members = communities.select(col("org_code").as("community"), col("street_code"));
    Dataset<Row> district =
        orgUnits
            .filter(col("level").equalTo(DISTRICT))
            .join(members, lit(true), "left")
            .select("level", "org_code", "community");
    Dataset<Row> streets =
        orgUnits
            .filter(col("level").equalTo(STREET))
            .join(members, col("org_code").equalTo(col("street_code")), "left")
            .select("level", "org_code", "community");
    return district.unionByName(streets);
  }
}
