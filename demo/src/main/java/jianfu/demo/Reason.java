package jianfu.demo;

/** applications.reason. */
enum Reason {
  NO_LEGAL_BASIS,
  SUPPORT_NOT_SPECIFIC,
  COMMUNITY_DISAGREED,
  DUPLICATE,
  SUPPORT_NOT_DELIVERED,
  OTHER
}
