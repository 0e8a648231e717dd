package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.col;

import jianfu.pipelines.staging.StagingTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The org units whose social organisations and service projects an area counts (docs/indicators.md,
 * social_organisations_summary), as (level, org_code, place): a street has its communities and
 * itself, the district every org unit (so every organisation and project).
 */
public final class IntAreaPlaces {

  private IntAreaPlaces() {}

  public static Dataset<Row> of(StagingTables staging, Dataset<Row> areaCommunities) {
    Dataset<Row> orgUnits = staging.table("org_units");
    Dataset<Row> district =
        orgUnits
            .filter(col("level").equalTo(IntAreaCommunities.DISTRICT))
            .select("level", "org_code")
            .crossJoin(orgUnits.select(col("org_code").as("place")));
    Dataset<Row> streetsThemselves =
        orgUnits
            .filter(col("level").equalTo(IntAreaCommunities.STREET))
            .select(col("level"), col("org_code"), col("org_code").as("place"));
    Dataset<Row> streetCommunities =
        areaCommunities
            .filter(col("level").equalTo(IntAreaCommunities.STREET))
            .filter(col("community").isNotNull())
            .select(col("level"), col("org_code"), col("community").as("place"));
    return district.unionByName(streetsThemselves).unionByName(streetCommunities);
  }
}
