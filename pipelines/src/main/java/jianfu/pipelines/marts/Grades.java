package jianfu.pipelines.marts;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Comparator;
import java.util.Map;
import org.apache.spark.sql.Column;

/**
 * Grades of final scores (docs/indicators.md): EXCELLENT >= 90, GOOD >= 80, PASS >= 60, else FAIL.
 */
final class Grades {

  static final String FAIL = "FAIL";

  private Grades() {}

  /** The highest grade whose threshold the score reaches, else FAIL; null for a null score. */
  static Column of(Column score, Map<String, Double> thresholds) {
    Column grade = when(score.isNull(), lit(null).cast("string"));
    for (Map.Entry<String, Double> threshold :
        thresholds.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
            .toList()) {
      grade = grade.when(score.geq(threshold.getValue()), threshold.getKey());
    }
    return grade.otherwise(FAIL);
  }
}
