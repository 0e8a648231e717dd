package jianfu.pipelines.marts;

import static jianfu.pipelines.intermediate.YearBounds.yearEnd;
import static jianfu.pipelines.marts.Aggregations.countWhere;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jianfu.pipelines.intermediate.IntReportingYears;
import jianfu.pipelines.staging.StagingTables;
import jianfu.schemas.settings.SocialOrganisationSettings;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code social_organisations_summary} (docs/indicators.md): per reporting year, the district and
 * each street with their communities and residents; the organisations based in the area (at one of
 * its places, {@link jianfu.pipelines.intermediate.IntAreaPlaces}) active at the year-end, by
 * category and fostered, per 10,000 residents against the configured target, and registered in the
 * year; the year's service projects serving the area; the year's contributions of the
 * self-governance associations based in it. The project and association figures are null when the
 * input has no rows of their table at all (decisions.md), and the mart is empty without
 * social_organisations.
 */
public final class SocialOrganisationsSummary {

  public static final String NAME = "social_organisations_summary";

  private static final String ORGANISATIONS = "social_organisations";
  private static final String PROJECTS = "service_projects";
  private static final String CONTRIBUTIONS = "association_contributions";
  private static final String[] KEY = {"year", "level", "org_code"};

  private SocialOrganisationsSummary() {}

  public static Dataset<Row> of(
      StagingTables staging,
      Dataset<Row> areaCommunities,
      Dataset<Row> areaPlaces,
      IntReportingYears reportingYears,
      SocialOrganisationSettings settings) {
    Dataset<Row> organisations =
        staging.table(ORGANISATIONS).withColumnRenamed("org_code", "place");
    Column per10k = try_divide(col("social_orgs").multiply(10000), col("residents"));
    List<Column> columns =
        new ArrayList<>(
            List.of(
                col("year"),
                col("level"),
                col("org_code").as("area_code"),
                col("communities"),
                col("residents"),
                per10k.as("social_orgs_per_10k_residents"),
                lit(settings.targetPer10kResidents()).as("target_per_10k"),
                per10k.geq(settings.targetPer10kResidents()).as("meets_target"),
                when(col("level").equalTo("DISTRICT"), lit(settings.newRegistrationsGoal()))
                    .as("new_registrations_goal")));
    for (String count : organisationCounts(staging)) {
      columns.add(coalesce(col(count), lit(0L)).as(count));
    }
    for (String figure :
        List.of(
            "purchased_service_projects",
            "venture_projects",
            "project_funding_yuan",
            "beneficiaries")) {
      columns.add(ifTableHasRows(staging, PROJECTS, figure));
    }
    columns.add(ifTableHasRows(staging, CONTRIBUTIONS, "association_matters"));
    columns.add(ifTableHasRows(staging, CONTRIBUTIONS, "association_funding_yuan"));

    return reportingYears
        .each(population(staging, areaCommunities))
        .join(organisationFigures(staging, organisations, areaPlaces, reportingYears), KEY, "left")
        .join(projectFigures(staging, areaPlaces, reportingYears), KEY, "left")
        .join(associationFigures(staging, organisations, areaPlaces, reportingYears), KEY, "left")
        .filter(lit(staging.hasRows(ORGANISATIONS)))
        .select(columns.toArray(Column[]::new));
  }

  /** Each area (level, org_code) with its communities and their residents (0 without any). */
  private static Dataset<Row> population(StagingTables staging, Dataset<Row> areaCommunities) {
    Dataset<Row> residents =
        staging
            .table("org_units")
            .filter(col("level").equalTo("COMMUNITY"))
            .select(col("org_code").as("community"), col("residents"));
    return areaCommunities
        .join(residents, "community", "left")
        .groupBy("level", "org_code")
        .agg(
            count(col("community")).as("communities"),
            coalesce(sum(col("residents")), lit(0L)).as("residents"));
  }

  /** The organisation counts, in the mart's order: social_orgs, one per category, new, fostered. */
  private static List<String> organisationCounts(StagingTables staging) {
    List<String> counts = new ArrayList<>(List.of("social_orgs"));
    categories(staging).forEach(category -> counts.add(categoryColumn(category)));
    counts.add("new_registrations");
    counts.add("fostered");
    return counts;
  }

  private static Dataset<Row> organisationFigures(
      StagingTables staging,
      Dataset<Row> organisations,
      Dataset<Row> areaPlaces,
      IntReportingYears reportingYears) {
    Column yearEnd = yearEnd(col("year"));
    Column active =
        col("registered_on")
            .leq(yearEnd)
            .and(col("deregistered_on").isNull().or(col("deregistered_on").gt(yearEnd)));
    List<Column> counts = new ArrayList<>();
    for (String category : categories(staging)) {
      counts.add(
          countWhere(active.and(col("category").equalTo(category))).as(categoryColumn(category)));
    }
    counts.add(countWhere(year(col("registered_on")).equalTo(col("year"))).as("new_registrations"));
    counts.add(countWhere(active.and(coalesce(col("fostered"), lit(false)))).as("fostered"));
    return reportingYears
        .each(areaPlaces.join(organisations, "place"))
        .groupBy(KEY[0], KEY[1], KEY[2])
        .agg(countWhere(active).as("social_orgs"), counts.toArray(Column[]::new));
  }

  private static Dataset<Row> projectFigures(
      StagingTables staging, Dataset<Row> areaPlaces, IntReportingYears reportingYears) {
    Column kind = col("kind");
    return areaPlaces
        .join(staging.table(PROJECTS).withColumnRenamed("org_code", "place"), "place")
        .filter(reportingYears.includes(col("year")))
        .groupBy(KEY[0], KEY[1], KEY[2])
        .agg(
            countWhere(kind.equalTo("PURCHASED_SERVICE")).as("purchased_service_projects"),
            countWhere(kind.equalTo("VENTURE")).as("venture_projects"),
            sum(col("funding_yuan")).as("project_funding_yuan"),
            sum(col("beneficiaries")).as("beneficiaries"));
  }

  private static Dataset<Row> associationFigures(
      StagingTables staging,
      Dataset<Row> organisations,
      Dataset<Row> areaPlaces,
      IntReportingYears reportingYears) {
    return areaPlaces
        .join(organisations.select("org_id", "place"), "place")
        .join(staging.table(CONTRIBUTIONS), "org_id")
        .filter(reportingYears.includes(col("year")))
        .groupBy(KEY[0], KEY[1], KEY[2])
        .agg(
            sum(col("matters")).as("association_matters"),
            sum(col("funding_yuan")).as("association_funding_yuan"));
  }

  /** A sum or count of {@code table}'s rows: 0 where none fall in the area, null without any. */
  private static Column ifTableHasRows(StagingTables staging, String table, String figure) {
    return when(lit(staging.hasRows(table)), coalesce(col(figure), lit(0))).as(figure);
  }

  /** The categories of social_organisations.category, as the contract declares them. */
  private static List<String> categories(StagingTables staging) {
    return staging.contract().source(ORGANISATIONS).findColumn("category").orElseThrow().values();
  }

  /** social_orgs_service for SERVICE, and so on. */
  private static String categoryColumn(String category) {
    return "social_orgs_" + category.toLowerCase(Locale.ROOT);
  }
}
