package jianfu.pipelines.marts;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import jianfu.schemas.Measure;
import jianfu.schemas.settings.PublicationSettings;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code public_statistics} (docs/indicators.md): burden_summary's district and street figures,
 * their social organisations (social_organisations_summary, v2: none when the input has none) and
 * the district's applications (access_funnel, dept_code ALL) as one observation per (year, area,
 * indicator), with SDMX-like attributes. Which areas are withheld, and why, is {@link
 * Suppression}'s rule; a published value of an area and year that burden_summary calls PROVISIONAL
 * is published as PROVISIONAL (v2; suppression wins over it).
 */
public final class PublicStatistics {

  public static final String NAME = "public_statistics";

  private static final String DISTRICT = "DISTRICT";
  private static final String SUPPRESSION = "suppression";
  private static final String WHOLE_NUMBER = "decimal(19,0)";
  private static final String OBSERVATION = "observation";
  private static final String BURDEN_STATUS = "burden_status";

  private PublicStatistics() {}

  public static Dataset<Row> of(
      Dataset<Row> burdenSummary,
      Dataset<Row> accessFunnel,
      Dataset<Row> socialOrganisationsSummary,
      PublicationSettings publication) {
    Column suppression = Suppression.kind(publication.suppressionThreshold());
    Dataset<Row> areas =
        burdenSummary
            .withColumnRenamed("status", BURDEN_STATUS)
            .withColumnRenamed("level", "area_level")
            .withColumnRenamed("org_code", "area_code")
            .withColumn(SUPPRESSION, suppression);
    Dataset<Row> areaYears = areas.withColumn(OBSERVATION, explode(array(burdenObservations())));
    // An area's social organisations share its suppression and status.
    Dataset<Row> socialAreaYears =
        socialOrganisationsSummary
            .withColumnRenamed("level", "area_level")
            .drop("communities")
            .join(
                areas.select(
                    "year", "area_level", "area_code", "baseline_year", SUPPRESSION, BURDEN_STATUS),
                new String[] {"year", "area_level", "area_code"},
                "inner")
            .withColumn(OBSERVATION, explode(array(socialObservations())));

    Dataset<Row> district =
        burdenSummary
            .filter(col("level").equalTo(DISTRICT))
            .select(
                col("year"),
                col("org_code").as("area_code"),
                col("communities"),
                col("baseline_year"),
                col("status").as(BURDEN_STATUS));
    Dataset<Row> districtApplications =
        accessFunnel
            .filter(col("dept_code").equalTo("ALL"))
            .join(district, "year")
            .withColumn("area_level", lit(DISTRICT))
            .withColumn(SUPPRESSION, suppression)
            .withColumn(OBSERVATION, explode(array(applicationObservations())));

    List<String> kept =
        List.of("year", "area_code", "area_level", "baseline_year", SUPPRESSION, BURDEN_STATUS);
    Dataset<Row> observations =
        areaYears
            .select(columns(kept))
            .unionByName(districtApplications.select(columns(kept)))
            .unionByName(socialAreaYears.select(columns(kept)))
            .select("*", OBSERVATION + ".*")
            .drop(OBSERVATION);
    return withStatus(observations)
        .withColumn("unit_mult", lit(0))
        .withColumn("as_of", lit(publication.resolved().asOf()));
  }

  /**
   * The one place that decides what a reader sees of an observation: a withheld one is SUPPRESSED
   * with an empty value whatever else is true; a published value of an area-year that
   * burden_summary calls PROVISIONAL is PROVISIONAL (v2), anything else is PUBLISHED (obs_status M
   * when it cannot be computed).
   */
  private static Dataset<Row> withStatus(Dataset<Row> observations) {
    Column published = col(SUPPRESSION).isNull();
    return observations
        .withColumn("value", when(published, col("value")))
        .withColumn(
            "status",
            when(not(published), "SUPPRESSED")
                .when(col(BURDEN_STATUS).equalTo(BurdenSummary.PROVISIONAL), "PROVISIONAL")
                .otherwise("PUBLISHED"))
        .withColumn("obs_status", when(published.and(col("value").isNull()), "M").otherwise("A"))
        .withColumn("conf_status", Suppression.confStatus(col(SUPPRESSION)));
  }

  /**
   * Each measure, per reporting community and its reduction (burden_summary v2), then the reporting
   * rate in percent. Both divisions are exact decimals, rounded once, half up, to one decimal.
   */
  private static Column[] burdenObservations() {
    List<Column> observations = new ArrayList<>();
    Column reported = lit(0L);
    List<Measure> measures = PublicIndicator.burdenMeasures();
    for (Measure measure : measures) {
      Column total = col(measure.name());
      Column reporting = col(measure.reportingColumn());
      observations.add(observation(PublicIndicator.burden(measure.name()), total));
      observations.add(
          observation(
              PublicIndicator.burden(measure.perCommunityColumn()),
              round(try_divide(total.cast(WHOLE_NUMBER), reporting), 1)));
      observations.add(
          observation(
              PublicIndicator.burden(measure.reductionPctColumn()),
              col(measure.reductionPctColumn())));
      reported = reported.plus(reporting);
    }
    Column reportingRatePct =
        try_divide(
            reported.multiply(100).cast(WHOLE_NUMBER),
            col("communities").multiply(measures.size()));
    observations.add(observation(PublicIndicator.REPORTING_RATE_PCT, round(reportingRatePct, 1)));
    return observations.toArray(Column[]::new);
  }

  /** Active organisations, per 10,000 residents (exact decimals, rounded once) and new ones. */
  private static Column[] socialObservations() {
    Column per10k =
        try_divide(
            col("social_orgs").multiply(10000).cast(WHOLE_NUMBER),
            col("residents").cast(WHOLE_NUMBER));
    return new Column[] {
      observation(PublicIndicator.SOCIAL_ORGS, col("social_orgs")),
      observation(PublicIndicator.SOCIAL_ORGS_PER_10K_RESIDENTS, round(per10k, 1)),
      observation(PublicIndicator.NEW_SOCIAL_ORGS, col("new_registrations"))
    };
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
