package jianfu.jobs.ingest.read;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jianfu.schemas.SourceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads every file of one table (SourceFiles) as one stream of rows. Every file's encoding
 * (SourceEncoding) and header are checked when the reader opens, so a refused file refuses the
 * table before any row is read. The count of records read is the restart position: a restart passes
 * over that many records unparsed.
 */
public class CsvSourceReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

  private static final Logger log = LoggerFactory.getLogger(CsvSourceReader.class);
  private static final String NAME = "sourceReader";

  /** Where AbstractItemCountingItemStreamItemReader saves its count: "{name}.read.count". */
  private static final String READ_COUNT = NAME + ".read.count";

  private final SourceTable table;
  private final Path input;
  private final SourceEncoding encoding;
  private List<Path> files = List.of();
  private final Map<Path, Charset> charsets = new HashMap<>();
  private int nextFile;
  private SourceFile current;

  public CsvSourceReader(SourceTable table, Path input, SourceEncoding encoding) {
    this.table = table;
    this.input = input;
    this.encoding = encoding;
    setName(NAME);
  }

  /**
   * The records read before a stage step with this saved state last committed: where its restart
   * resumes (0 for a first attempt).
   */
  public static long resumesAfter(ExecutionContext stepState) {
    return stepState.getInt(READ_COUNT, 0);
  }

  @Override
  protected void doOpen() throws Exception {
    files = SourceFiles.find(input, table.table());
    if (files.isEmpty()) {
      log.info("{}: no {}.csv in {}: the table is absent", table.table(), table.table(), input);
    }
    charsets.clear();
    for (Path file : files) {
      Charset charset = encoding.of(file);
      charsets.put(file, charset);
      log.debug("{}: {} is read as {}", table.table(), file, charset.name());
      try (SourceFile source = SourceFile.open(file, table, charset)) {
        List<String> unknown = source.header().unknownColumns();
        if (!unknown.isEmpty()) {
          log.warn("{}: columns {} are not in the contract and are ignored", file, unknown);
        }
      }
    }
    nextFile = 0;
  }

  @Override
  protected SourceRow doRead() throws Exception {
    for (SourceFile file = currentFile(); file != null; file = currentFile()) {
      SourceRow row = file.next();
      if (row != null) {
        return row;
      }
      closeCurrentFile();
    }
    return null;
  }

  @Override
  protected void jumpToItem(int itemIndex) throws Exception {
    int passed = 0;
    for (SourceFile file = currentFile();
        file != null && passed < itemIndex;
        file = currentFile()) {
      if (file.skip()) {
        passed++;
      } else {
        closeCurrentFile();
      }
    }
  }

  /** The file being read, opening the next one when needed; null after the last. */
  private SourceFile currentFile() throws Exception {
    if (current == null && nextFile < files.size()) {
      Path file = files.get(nextFile++);
      current = SourceFile.open(file, table, charsets.get(file));
    }
    return current;
  }

  private void closeCurrentFile() throws Exception {
    current.close();
    current = null;
  }

  @Override
  protected void doClose() throws Exception {
    if (current != null) {
      closeCurrentFile();
    }
  }
}
