package jianfu.jobs.ingest.validate;

import jianfu.schemas.Condition;

/** A condition in words, for rejection messages: "status is REVOKED". */
final class ConditionText {

  private ConditionText() {}

  static String of(Condition condition) {
    return condition.column()
        + (condition.in().size() == 1
            ? " is " + condition.in().get(0)
            : " is one of " + String.join(", ", condition.in()));
  }
}
