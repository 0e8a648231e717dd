package jianfu.demo;

/** applications.status. */
enum Status {
  PENDING,
  APPROVED,
  REJECTED,
  RETURNED,
  WITHDRAWN,
  REVOKED;

  /** Approved at some point: the application can admit records and carries tasks. */
  boolean approved() {
    return this == APPROVED || this == REVOKED;
  }
}
