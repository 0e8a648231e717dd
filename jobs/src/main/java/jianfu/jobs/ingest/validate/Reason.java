package jianfu.jobs.ingest.validate;

/**
 * Why a row is quarantined (jobs/README.md, Bad-input corpus); the names are the stored reasons.
 */
public enum Reason {
  BAD_ROW,
  MISSING_FIELD,
  BAD_TYPE,
  BAD_ENUM,
  OUT_OF_RANGE,
  UNKNOWN_REFERENCE,
  INCONSISTENT,
  DUPLICATE_KEY
}
