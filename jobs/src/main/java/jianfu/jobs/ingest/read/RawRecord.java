package jianfu.jobs.ingest.read;

/**
 * The text of one CSV record as it stands in the file, without its line terminator.
 *
 * @param line the physical line where the record starts (the header is line 1)
 * @param unterminatedQuote true when the file ended inside a quoted field opened in this record,
 *     which is then the line where it starts (RecordSplitter)
 */
public record RawRecord(long line, String text, boolean unterminatedQuote) {}
