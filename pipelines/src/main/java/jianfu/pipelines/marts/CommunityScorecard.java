package jianfu.pipelines.marts;

import static jianfu.pipelines.marts.Aggregations.countWhere;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import jianfu.pipelines.intermediate.IntCommunityYears;
import jianfu.pipelines.intermediate.IntRatingScores;
import jianfu.pipelines.intermediate.IntReportingYears;
import jianfu.pipelines.intermediate.IntUndertakingSigned;
import jianfu.pipelines.staging.StagingTables;
import jianfu.schemas.settings.IndicatorSettings;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code community_scorecard} (docs/indicators.md): every community in every reporting year, rated
 * by departments and streets, with the tasks entrusted to it, the unsupported ones it refused (its
 * right, never penalised), the supported tasks without a result, the veto (一票否决) when it failed a
 * task that was supported, and whether its undertaking agreement of the year was signed by the
 * year-end. {@code tasksPerCommunity} and {@code taskOutcomes} are {@link
 * jianfu.pipelines.intermediate.IntTasksEntrusted#perCommunity} and {@link
 * jianfu.pipelines.intermediate.IntTaskOutcomes}.
 */
public final class CommunityScorecard {

  public static final String NAME = "community_scorecard";

  private static final String[] KEY = {"year", "org_code"};
  private static final String[] TASK_COUNTS = {
    "tasks_entrusted",
    "tasks_supported",
    "tasks_completed",
    "refused_unsupported",
    "tasks_unreported",
    "failed_supported"
  };

  private CommunityScorecard() {}

  public static Dataset<Row> of(
      StagingTables staging,
      Dataset<Row> communities,
      IntReportingYears reportingYears,
      Dataset<Row> tasksPerCommunity,
      Dataset<Row> taskOutcomes,
      IndicatorSettings settings) {
    IntRatingScores ratings = new IntRatingScores(staging, "COMMUNITY");
    Dataset<Row> scores = ratings.perRatee().withColumnRenamed("ratee_code", "org_code");
    Column supported = col("is_supported");
    Column completed = col("completed");
    Column notCompleted = completed.equalTo(false);
    Dataset<Row> outcomes =
        taskOutcomes
            .groupBy("year", "org_code")
            .agg(
                countWhere(supported).as("tasks_supported"),
                countWhere(supported.and(completed)).as("tasks_completed"),
                countWhere(not(supported).and(notCompleted)).as("refused_unsupported"),
                // completed is required, so it is null only where no task_results row came in.
                countWhere(supported.and(completed.isNull())).as("tasks_unreported"),
                countWhere(supported.and(notCompleted)).as("failed_supported"));

    return IntCommunityYears.of(communities, reportingYears)
        .join(scores, KEY, "left")
        .join(tasksPerCommunity.withColumnRenamed("tasks", "tasks_entrusted"), KEY, "left")
        .join(outcomes, KEY, "left")
        .join(IntUndertakingSigned.of(staging), KEY, "left")
        .na()
        .fill(0L, TASK_COUNTS)
        // Without any undertaking agreement in the input, nobody knows who signed: null, not false.
        .withColumn(
            "undertaking_signed",
            when(
                lit(staging.hasRows("undertaking_agreements")),
                coalesce(col("undertaking_signed"), lit(false))))
        .withColumn("composite", ratings.composite(settings.communityWeights()))
        .withColumn("veto", col("failed_supported").gt(0))
        // A vetoed community keeps its composite as final score; the veto sets its grade.
        .withColumn("final_score", col("composite"))
        .withColumn(
            "grade",
            when(col("veto"), lit(Grades.FAIL))
                .otherwise(Grades.of(col("final_score"), settings.grades())))
        .withColumn(
            "rank_in_street",
            Ranks.denseBestFirst(col("final_score"), col("year"), col("street_code")));
  }
}
