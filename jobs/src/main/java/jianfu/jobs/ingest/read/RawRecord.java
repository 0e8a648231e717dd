package jianfu.jobs.ingest.read;

/**
 * The text of one CSV record as it stands in the file, without its line terminator.
 *
 * @param line the physical line where the record starts (the header is line 1)
 * @param malformation null for a record taken whole; else why RecordSplitter could not take it (a
 *     quote never closed, a record over the size limit), and the text is then only its first line
 */
public record RawRecord(long line, String text, String malformation) {}
