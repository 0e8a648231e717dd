package jianfu.pipelines.marts;

import static jianfu.pipelines.marts.Aggregations.countRows;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import jianfu.pipelines.intermediate.IntDepartmentYears;
import jianfu.pipelines.intermediate.IntRatingScores;
import jianfu.pipelines.intermediate.IntRecordsAdmitted;
import jianfu.pipelines.intermediate.IntReportingYears;
import jianfu.pipelines.staging.StagingTables;
import jianfu.schemas.settings.IndicatorSettings;
import jianfu.schemas.settings.IndicatorSettings.Deduction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code department_scorecard} (docs/indicators.md): every department in every reporting year,
 * rated by communities and streets, with points off for unadmitted records and unfunded tasks.
 */
public final class DepartmentScorecard {

  public static final String NAME = "department_scorecard";

  private static final String[] KEY = {"year", "dept_code"};

  private DepartmentScorecard() {}

  public static Dataset<Row> of(
      StagingTables staging,
      IntReportingYears reportingYears,
      IntRecordsAdmitted records,
      Dataset<Row> supportFulfilment,
      IndicatorSettings settings) {
    IntRatingScores ratings = new IntRatingScores(staging, "DEPARTMENT");
    Dataset<Row> scores = ratings.perRatee().withColumnRenamed("ratee_code", "dept_code");
    Dataset<Row> unadmittedRecords =
        countPerDepartment(records.all().filter(not(col("is_admitted"))), "unadmitted_records");
    // Inspections it ran itself instead of through the unified assessment: shown, not deducted.
    Dataset<Row> selfRunActivities =
        countPerDepartment(records.activities().filter(not(col("unified"))), "self_run_activities");
    Dataset<Row> fundingFulfilment =
        supportFulfilment.select("year", "dept_code", "funding_fulfilment");

    Deduction rules = settings.deduction();
    Column forUnadmitted =
        least(
            lit(rules.unadmittedCap()),
            col("unadmitted_records").multiply(rules.perUnadmittedRecord()));
    Column forUnfundedTasks =
        when(col("funding_fulfilment").lt(rules.fundingFulfilmentBelow()), rules.fundingPenalty())
            .otherwise(0.0);
    Column finalScore =
        when(
            col("composite").isNotNull(),
            greatest(lit(0.0), col("composite").minus(col("deduction"))));
    return IntDepartmentYears.of(staging, reportingYears)
        .join(scores, KEY, "left")
        .join(unadmittedRecords, KEY, "left")
        .join(selfRunActivities, KEY, "left")
        .join(fundingFulfilment, KEY, "left")
        .na()
        .fill(0L, new String[] {"raters", "unadmitted_records", "self_run_activities"})
        .withColumn("composite", ratings.composite(settings.departmentWeights()))
        .withColumn("deduction", forUnadmitted.plus(forUnfundedTasks))
        .withColumn("final_score", finalScore)
        .withColumn("grade", Grades.of(col("final_score"), settings.grades()))
        .withColumn("rank", Ranks.denseBestFirst(col("final_score"), col("year")));
  }

  private static Dataset<Row> countPerDepartment(Dataset<Row> records, String count) {
    return records.groupBy("year", "dept_code").agg(countRows().as(count));
  }
}
