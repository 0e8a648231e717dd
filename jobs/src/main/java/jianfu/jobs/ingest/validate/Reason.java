package jianfu.jobs.ingest.validate;

/** Why a row is quarantined (source-data.md, "Bad input"); the names are the stored reasons. */
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
