package jianfu.jobs.ingest.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import jianfu.schemas.SourceTable;

/** How one source file is read, by its extension: CSV text in a charset, or an Excel workbook. */
public sealed interface SourceFormat {

  /** What the ingest audit records as the file's encoding: its charset, or {@code xlsx}. */
  String encoding();

  /**
   * Opens the file and reads its header, checking everything that refuses a file; a file that
   * cannot be read as the table is refused.
   */
  SourceDocument open(Path file, SourceTable table) throws IOException;

  /**
   * Opens a file that {@link #open} has accepted, leaving out checks that need a pass over the
   * whole file (an Excel sheet lists its merged cells after its rows).
   */
  SourceDocument reopen(Path file, SourceTable table) throws IOException;

  /**
   * The format of {@code file}; a CSV file's charset is determined here (SourceEncoding), and its
   * records may be as long as {@code limit}.
   */
  static SourceFormat of(Path file, SourceEncoding encoding, RecordSizeLimit limit)
      throws IOException {
    return SourceFiles.isExcel(file) ? new Excel() : new Csv(encoding.of(file), limit);
  }

  /** A CSV file decoded with {@code charset}, whose records are at most {@code limit}. */
  record Csv(Charset charset, RecordSizeLimit limit) implements SourceFormat {

    @Override
    public String encoding() {
      return charset.name();
    }

    @Override
    public SourceDocument open(Path file, SourceTable table) throws IOException {
      return CsvDocument.open(file, table, charset, limit);
    }

    @Override
    public SourceDocument reopen(Path file, SourceTable table) throws IOException {
      return open(file, table);
    }
  }

  /** An .xlsx workbook: its cells are typed, so no charset applies. */
  record Excel() implements SourceFormat {

    @Override
    public String encoding() {
      return "xlsx";
    }

    @Override
    public SourceDocument open(Path file, SourceTable table) throws IOException {
      return ExcelDocument.open(file, table, true);
    }

    @Override
    public SourceDocument reopen(Path file, SourceTable table) throws IOException {
      return ExcelDocument.open(file, table, false);
    }
  }
}
