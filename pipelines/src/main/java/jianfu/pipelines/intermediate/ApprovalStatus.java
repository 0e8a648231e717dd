package jianfu.pipelines.intermediate;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;

/** An application counts as approved when its status is APPROVED or REVOKED (revoked after). */
public final class ApprovalStatus {

  private ApprovalStatus() {}

  public static Column approved() {
    return col("status").isin("APPROVED", "REVOKED");
  }
}
