package jianfu.jobs.ingest.validate;

/**
 * Why a row that loads is flagged (jobs/README.md, Warnings): the warning's name as the contract
 * declares it (Reference.onUnknown, SourceColumn.outsideReportingYears), the column and what is
 * wrong.
 */
public record RowWarning(String reason, String column, String message) {}
