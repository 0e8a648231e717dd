package jianfu.jobs.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jianfu.schemas.SourceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads every file of one table (SourceFiles), CSV or Excel, as one stream of rows. Every file's
 * format (a CSV file's encoding, SourceEncoding) and header are checked when the reader opens, so a
 * refused file refuses the table before any row is read; all files are checked first, so every
 * refused one is named. What the audit says of each file besides its rows (its encoding, its
 * unknown columns) is saved in the step's state when the reader opens (AuditedSource), for the
 * commit step. The count of rows read is the restart position: a restart passes over that many rows
 * unparsed.
 */
public class SourceTableReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

  private static final Logger log = LoggerFactory.getLogger(SourceTableReader.class);
  private static final String NAME = "sourceReader";

  /** Where AbstractItemCountingItemStreamItemReader saves its count: "{name}.read.count". */
  private static final String READ_COUNT = NAME + ".read.count";

  private final SourceTable table;
  private final Path input;
  private final SourceEncoding encoding;
  private final RecordSizeLimit limit;
  private List<Path> files = List.of();
  private final Map<Path, SourceFormat> formats = new HashMap<>();
  private final List<AuditedSource> audited = new ArrayList<>();
  private int nextFile;
  private SourceDocument current;

  /** {@code limit} bounds a CSV record (RecordSplitter); an Excel row is bounded by Excel. */
  public SourceTableReader(
      SourceTable table, Path input, SourceEncoding encoding, RecordSizeLimit limit) {
    this.table = table;
    this.input = input;
    this.encoding = encoding;
    this.limit = limit;
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
    String name = table.table();
    files = SourceFiles.find(input, name);
    if (files.isEmpty()) {
      log.info("{}: no {}.csv or {}.xlsx in {}: the table is absent", name, name, name, input);
    }
    formats.clear();
    audited.clear();
    List<RefusedFileException> refused = new ArrayList<>();
    for (Path file : files) {
      try {
        check(file);
      } catch (RefusedFileException refusal) {
        refused.add(refusal);
      }
    }
    if (!refused.isEmpty()) {
      throw RefusedFileException.of(refused);
    }
    nextFile = 0;
  }

  /**
   * Chooses the file's format (and charset) and reads its header; refuses a file it cannot read.
   */
  private void check(Path file) throws IOException {
    SourceFormat format = SourceFormat.of(file, encoding, limit);
    formats.put(file, format);
    log.debug("{}: {} is read as {}", table.table(), file, format.encoding());
    try (SourceDocument source = format.open(file, table)) {
      List<String> unknown = source.header().unknownColumns();
      if (!unknown.isEmpty()) {
        log.warn("{}: columns {} are not in the contract and are ignored", file, unknown);
      }
      audited.add(new AuditedSource(file.getFileName().toString(), format.encoding(), unknown));
    }
  }

  /** Opens every file (doOpen) and saves what the audit will say of each in {@code state}. */
  @Override
  public void open(ExecutionContext state) {
    super.open(state);
    AuditedSource.putInto(state, audited);
  }

  @Override
  protected SourceRow doRead() throws Exception {
    for (SourceDocument file = currentFile(); file != null; file = currentFile()) {
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
    for (SourceDocument file = currentFile();
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
  private SourceDocument currentFile() throws Exception {
    if (current == null && nextFile < files.size()) {
      Path file = files.get(nextFile++);
      current = formats.get(file).reopen(file, table);
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
