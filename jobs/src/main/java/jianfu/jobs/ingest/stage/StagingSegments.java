package jianfu.jobs.ingest.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jianfu.jobs.ingest.duckdb.DuckDb;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.SqlTypes;

/**
 * A table's staging folder under work/: one file per committed chunk and kind of row ({@code
 * 000000007-staged.csv}, {@code 000000007-rejected.csv}, {@code 000000007-warned.csv}), numbered in
 * the order the chunks were committed. A chunk replayed after a failure has the number it had
 * before, so its segments replace the earlier attempt's: no row is ever staged twice. A segment
 * appears by a rename, whole or not at all.
 *
 * <p>Segments are CSV (SegmentWriter), read back by DuckDB at commit, because staging through a
 * DuckDB table (an appender, then a COPY to Parquet per chunk) took about 40% of ingestion's CPU
 * time: a segment is read once, so its size matters less than its cost to write. UTF-8, a row per
 * line ending in LF, commas between values; every value but null is quoted, with its quotes
 * doubled, so that null (nothing) and the empty string ({@code ""}) stay apart and a line break
 * inside a value is kept; a date is its day number since 1970-01-01, which DuckDB turns back into
 * the same date whatever its year; a decimal is written without an exponent.
 */
public final class StagingSegments {

  private static final String SEGMENT = ".csv";
  private static final String WRITING = ".writing";

  /**
   * A segment as builds before CSV segments named it ({@code 000000007-staged.parquet}): a run such
   * a build left unfinished cannot be resumed from them, but they are still ingestion's to delete.
   */
  private static final Pattern EARLIER_SEGMENT =
      Pattern.compile("\\d{9}-[a-z]+\\.parquet(\\.writing)?");

  private static final String EPOCH = "DATE '1970-01-01'";

  private final Path folder;

  public StagingSegments(Path folder) {
    this.folder = folder;
  }

  public Path folder() {
    return folder;
  }

  /** The segment of chunk {@code number} of the given kind (StagedRows.KINDS). */
  Path segment(long number, String kind) {
    return folder.resolve("%09d-%s%s".formatted(number, kind, SEGMENT));
  }

  /**
   * A query of the rows of {@code files}, segments of one kind whose columns are {@code columns}
   * (name to contract type, in order).
   */
  static String readSql(List<Path> files, Map<String, String> columns) {
    String declared =
        columns.entrySet().stream()
            .map(
                column ->
                    DuckDb.literal(column.getKey())
                        + ": "
                        + DuckDb.literal(
                            isDate(column.getValue()) ? "INTEGER" : SqlTypes.of(column.getValue())))
            .collect(Collectors.joining(", "));
    String dates =
        columns.entrySet().stream()
            .filter(column -> isDate(column.getValue()))
            .map(column -> DuckDb.identifier(column.getKey()))
            .map(column -> "%s + %s AS %s".formatted(EPOCH, column, column))
            .collect(Collectors.joining(", "));
    return """
        SELECT * %s FROM read_csv(%s, columns = {%s}, header = false, auto_detect = false,
          delim = ',', quote = '"', escape = '"', new_line = '\\n', nullstr = '',
          allow_quoted_nulls = false, encoding = 'utf-8', max_line_size = %d)
        """
        .formatted(
            dates.isEmpty() ? "" : "REPLACE (" + dates + ")",
            DuckDbSql.fileList(files),
            declared,
            Integer.MAX_VALUE);
  }

  private static boolean isDate(String contractType) {
    return SqlTypes.of(contractType).equals("DATE");
  }

  /** The file a segment is written to before it is renamed into place. */
  static Path writing(Path segment) {
    return segment.resolveSibling(segment.getFileName() + WRITING);
  }

  static void moveIntoPlace(Path written, Path segment) throws IOException {
    Files.move(
        written, segment, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The segments of one kind, in chunk order. */
  public List<Path> files(String kind) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    String suffix = "-" + kind + SEGMENT;
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  /**
   * Deletes the folder, if there is one, with its segments and a segment a killed process was
   * writing. Anything else in it is not ingestion's: the folder stays, and deleting it fails.
   */
  public void delete() throws IOException {
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(StagingSegments::isSegment).toList()) {
          Files.delete(file);
        }
      }
    }
    Files.deleteIfExists(folder);
  }

  /**
   * Whether the folder holds segments an earlier build wrote in another format: the rows in them
   * cannot be read back, so their run cannot be resumed (IngestLauncher starts a new one).
   */
  public boolean holdsEarlierFormat() throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(StagingSegments::isEarlierSegment);
    }
  }

  private static boolean isSegment(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file)
        && (name.endsWith(SEGMENT) || name.endsWith(WRITING) || isEarlierSegment(file));
  }

  private static boolean isEarlierSegment(Path file) {
    return Files.isRegularFile(file)
        && EARLIER_SEGMENT.matcher(file.getFileName().toString()).matches();
  }
}
