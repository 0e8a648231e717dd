package jianfu.pipelines.marts;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import jianfu.pipelines.config.PublicationSettings;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code public_statistics} (indicators.md §4): burden_summary's district and street figures and
 * the district's applications (access_funnel, dept_code ALL) as one observation per (year, area,
 * indicator), with SDMX-like attributes. Which areas are withheld, and why, is {@link
 * Suppression}'s rule.
 */
public final class PublicStatistics {

  public static final String NAME = "public_statistics";

  private static final String DISTRICT = "DISTRICT";
  private static final String SUPPRESSION = "suppression";
  private static final String WHOLE_NUMBER = "decimal(19,0)";
  private static final String OBSERVATION = "observation";

  private PublicStatistics() {}

  public static Dataset<Row> of(
      Dataset<Row> burdenSummary, Dataset<Row> accessFunnel, PublicationSettings publication) {
    Column suppression = Suppression.kind(publication.suppressionThreshold());
    Dataset<Row> areaYears =
        burdenSummary
            .withColumnRenamed("level", "area_level")
            .withColumnRenamed("org_code", "area_code")
            .withColumn(SUPPRESSION, suppression)
            .withColumn(OBSERVATION, explode(array(burdenObservations())));

    Dataset<Row> district =
        burdenSummary
            .filter(col("level").equalTo(DISTRICT))
            .select(col("org_code").as("area_code"), col("communities"), col("baseline_year"))
            .distinct();
    Dataset<Row> districtApplications =
        accessFunnel
            .filter(col("dept_code").equalTo("ALL"))
            .crossJoin(district)
            .withColumn("area_level", lit(DISTRICT))
            .withColumn(SUPPRESSION, suppression)
            .withColumn(OBSERVATION, explode(array(applicationObservations())));

    List<String> kept = List.of("year", "area_code", "area_level", "baseline_year", SUPPRESSION);
    Dataset<Row> observations =
        areaYears
            .select(columns(kept))
            .unionByName(districtApplications.select(columns(kept)))
            .select("*", OBSERVATION + ".*")
            .drop(OBSERVATION);
    return withStatus(observations)
        .withColumn("unit_mult", lit(0))
        .withColumn("as_of", lit(publication.resolved().asOf()));
  }

  /**
   * The one place that decides what a reader sees of an observation: a withheld one is SUPPRESSED
   * with an empty value, anything else is PUBLISHED (obs_status M when it cannot be computed).
   */
  private static Dataset<Row> withStatus(Dataset<Row> observations) {
    Column published = col(SUPPRESSION).isNull();
    return observations
        .withColumn("value", when(published, col("value")))
        .withColumn("status", when(published, "PUBLISHED").otherwise("SUPPRESSED"))
        .withColumn("obs_status", when(published.and(col("value").isNull()), "M").otherwise("A"))
        .withColumn("conf_status", Suppression.confStatus(col(SUPPRESSION)));
  }

  private static Column[] burdenObservations() {
    List<Column> observations = new ArrayList<>();
    for (PublicIndicator measure : PublicIndicator.burdenMeasures()) {
      Column total = col(measure.code());
      observations.add(observation(measure, total));
      observations.add(
          observation(
              measure.perCommunity(),
              round(try_divide(total.cast(WHOLE_NUMBER), col("communities")), 1)));
      observations.add(observation(measure.reductionPct(), col(measure.reductionPct().code())));
    }
    return observations.toArray(Column[]::new);
  }

  private static Column[] applicationObservations() {
    return new Column[] {
      observation(PublicIndicator.APPLICATIONS_SUBMITTED, col("submitted")),
      observation(PublicIndicator.APPLICATIONS_APPROVED, col("approved"))
    };
  }

  private static Column observation(PublicIndicator indicator, Column value) {
    return struct(
        lit(indicator.code()).as("indicator_code"),
        value.cast("double").as("value"),
        lit(indicator.unit()).as("unit"),
        lit(indicator.decimals()).as("decimals"));
  }

  private static Column[] columns(List<String> names) {
    List<Column> columns = new ArrayList<>();
    names.forEach(name -> columns.add(col(name)));
    columns.add(col(OBSERVATION));
    return columns.toArray(Column[]::new);
  }
}
