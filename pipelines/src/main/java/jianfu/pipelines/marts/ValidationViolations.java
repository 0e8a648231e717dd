package jianfu.pipelines.marts;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.util.ArrayList;
import java.util.List;
import jianfu.pipelines.validation.RuleColumns;
import jianfu.pipelines.validation.ValidationRules;
import jianfu.pipelines.validation.ValidationRules.CheckedRule;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code validation_violations} (docs/indicators.md, DHIS2-style validation rules): every community
 * and reporting year whose burden_by_community row, with the same community's row of the previous
 * calendar year as {@code prev_} columns (null when that year is not a reporting year), makes a
 * rule's check false. A check that comes out null is skipped, not a violation.
 */
public final class ValidationViolations {

  public static final String NAME = "validation_violations";

  private static final String[] KEY = {"year", "org_code"};

  private ValidationViolations() {}

  public static Dataset<Row> of(
      Dataset<Row> burdenByCommunity, ValidationRules rules, List<String> ruleColumns) {
    List<Column> previous = new ArrayList<>(List.of(col("org_code")));
    for (String column : ruleColumns) {
      previous.add(col(column).as(RuleColumns.PREVIOUS + column));
    }
    Dataset<Row> checked =
        burdenByCommunity.join(
            burdenByCommunity
                .select(previous.toArray(Column[]::new))
                .withColumn("year", col(RuleColumns.PREVIOUS + "year").plus(1)),
            KEY,
            "left");
    Dataset<Row> violations = none(burdenByCommunity);
    for (CheckedRule rule : rules.rules()) {
      violations =
          violations.union(
              checked
                  .filter(not(rule.condition()))
                  .select(
                      col("year"),
                      col("org_code"),
                      col("street_code"),
                      lit(rule.rule().code()).as("rule_code")));
    }
    return violations;
  }

  /** An empty frame of the mart's columns: the violations of no rule. */
  private static Dataset<Row> none(Dataset<Row> burdenByCommunity) {
    StructType columns =
        new StructType()
            .add("year", DataTypes.IntegerType)
            .add("org_code", DataTypes.StringType)
            .add("street_code", DataTypes.StringType)
            .add("rule_code", DataTypes.StringType);
    return burdenByCommunity.sparkSession().createDataFrame(List.<Row>of(), columns);
  }
}
