package jianfu.oracle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An application the generator wrote, as the later tables need to see it. */
record GeneratedApplication(
    String id,
    String status,
    LocalDate submittedOn,
    LocalDate decidedOn,
    LocalDate revokedOn,
    List<String> communitiesInScope,
    int supportPersonnel,
    BigDecimal supportFundingYuan) {

  /** APPROVED or REVOKED: the statuses task_results may refer to. */
  boolean approved() {
    return status.equals("APPROVED") || status.equals("REVOKED");
  }
}
