package jianfu.demo;

import java.util.Map;
import java.util.Set;

/** docs/indicators.md's terms for an applications row of the demo, read as CSV text. */
final class Approvals {

  private Approvals() {}

  /** Approved at some point: status APPROVED or REVOKED. */
  static boolean approved(Map<String, String> application) {
    return Set.of("APPROVED", "REVOKED").contains(application.get("status"));
  }

  /** In force during the year. */
  static boolean inForce(Map<String, String> application, int year) {
    String revoked = application.get("revoked_on");
    return approved(application)
        && application.get("decided_on").compareTo(year + "-12-31") <= 0
        && (revoked.isEmpty() || revoked.compareTo(year + "-01-01") >= 0);
  }
}
