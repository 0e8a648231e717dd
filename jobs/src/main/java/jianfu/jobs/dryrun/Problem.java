package jianfu.jobs.dryrun;

/**
 * A row that would be quarantined, or one warning of a row that would load: where it is, the column
 * at fault (null for a row that cannot be read as one), the reason and what is wrong.
 */
public record Problem(String file, long line, String column, String reason, String detail) {}
