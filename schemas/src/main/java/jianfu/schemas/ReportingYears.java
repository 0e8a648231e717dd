package jianfu.schemas;

/**
 * Where the reporting years come from (docs/indicators.md): the distinct values of {@code column}
 * in the loaded rows of {@code table}; when that table has no rows, every year is a reporting year.
 */
public record ReportingYears(String table, String column) {}
