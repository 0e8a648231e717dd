package jianfu.jobs.ingest.read;

/**
 * One data record of a source file.
 *
 * @param sourceFile the file's name
 * @param line the physical line where the record starts (the header is line 1); in an Excel file,
 *     the sheet's row number
 * @param rawRecord the record's text as it stands in a CSV file; an Excel row's cells as one CSV
 *     line
 * @param cells every contract column's trimmed cell; null where the cell is empty or the file has
 *     no such column
 */
public record SourceRow(
    String sourceFile, long line, String rawRecord, ColumnValues<String> cells) {}
