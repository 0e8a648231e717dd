package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.Arrays;
import jianfu.schemas.Contract;
import org.apache.spark.sql.Column;

/**
 * The four returns a community sends every year, each naming the records whose Spark expression
 * counts its burden measure ({@link IntRecordsAdmitted#of}), in the order of the measures in the
 * marts. Which measure a return reports is declared once, in the contract's measures.
 */
public enum BurdenDataset {
  WORK_ITEMS,
  ACTIVITIES,
  SIGNBOARDS,
  LEDGERS;

  private static final Contract CONTRACT = Contract.load();

  /** The burden_by_community and burden_summary column of the measure, e.g. ledger_volumes. */
  public String measure() {
    return CONTRACT.measureOf(name()).name();
  }

  /**
   * The four names as a literal exploded into one row each: {@code frame.withColumn("dataset",
   * BurdenDataset.each())} gives every row of the frame once per dataset, without a join.
   */
  public static Column each() {
    return explode(lit(Arrays.stream(values()).map(Enum::name).toArray(String[]::new)));
  }
}
