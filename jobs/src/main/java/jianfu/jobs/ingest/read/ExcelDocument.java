package jianfu.jobs.ingest.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jianfu.schemas.SourceTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.util.CellReference;

/**
 * The first sheet of an .xlsx file: its first row that is not blank is the header, the rows below
 * are data rows, each at its sheet row number. A row's raw record is its cells' text as one CSV
 * line.
 */
final class ExcelDocument implements SourceDocument {

  private final String name;
  private final ExcelWorkbook workbook;
  private final SheetRows rows;
  private final SourceHeader header;

  private ExcelDocument(String name, ExcelWorkbook workbook, SheetRows rows, SourceHeader header) {
    this.name = name;
    this.workbook = workbook;
    this.rows = rows;
    this.header = header;
  }

  /**
   * Opens the file and reads its header; the file is refused when its header row is missing, has a
   * cell that cannot be read or fails SourceHeader's checks, or, when {@code checkMergedCells}, has
   * merged cells (found by one pass over the whole sheet).
   */
  static ExcelDocument open(Path path, SourceTable table, boolean checkMergedCells)
      throws IOException {
    String name = path.getFileName().toString();
    ExcelWorkbook workbook = ExcelWorkbook.open(path);
    SheetRows rows = null;
    try {
      rows = new SheetRows(workbook.sheet(), workbook.cellValues());
      SheetRow first = rows.next();
      if (first == null) {
        throw RefusedFileException.refused(name, "its first sheet has no header row");
      }
      if (checkMergedCells) {
        refuseMergedCells(name, workbook, first.line());
      }
      Optional<SheetCell> problem = first.firstProblem();
      if (problem.isPresent()) {
        throw RefusedFileException.refused(
            name,
            "header cell "
                + first.cellName(problem.get().column())
                + " "
                + problem.get().problem());
      }
      List<String> fields = first.texts(first.width());
      SourceHeader header =
          SourceHeader.of(name, fields, column -> "cell " + first.cellName(column), table);
      return new ExcelDocument(name, workbook, rows, header);
    } catch (IOException | RuntimeException e) {
      if (rows != null) {
        rows.close();
      }
      workbook.close();
      throw e;
    }
  }

  /** A merged region in the header row hides which column its cells head. */
  private static void refuseMergedCells(String name, ExcelWorkbook workbook, long headerLine)
      throws IOException {
    Optional<String> merged = MergedCells.touchingRow(workbook.sheet(), headerLine);
    if (merged.isPresent()) {
      throw RefusedFileException.refused(
          name,
          "its header row has the merged cells "
              + merged.get()
              + "; unmerge them and give every column a header cell of its own");
    }
  }

  @Override
  public SourceHeader header() {
    return header;
  }

  /**
   * The next row that is not blank. A cell that cannot be read, or a value in a column without a
   * header, makes the row BAD_ROW.
   */
  @Override
  public SourceRow next() throws IOException {
    SheetRow row = rows.next();
    if (row == null) {
      return null;
    }
    String rawRecord =
        CSVFormat.RFC4180.format(row.texts(Math.max(header.width(), row.width())).toArray());
    Optional<SheetCell> problem = row.firstProblem();
    if (problem.isPresent()) {
      throw new MalformedRecordException(
          name,
          row.line(),
          rawRecord,
          "cell " + row.cellName(problem.get().column()) + " " + problem.get().problem());
    }
    Optional<SheetCell> beyondHeader = row.firstValueFrom(header.width());
    if (beyondHeader.isPresent()) {
      int column = beyondHeader.get().column();
      throw new MalformedRecordException(
          name,
          row.line(),
          rawRecord,
          "cell %s has a value, but column %s has no header"
              .formatted(row.cellName(column), CellReference.convertNumToColString(column)));
    }
    return new SourceRow(name, row.line(), rawRecord, header.cells(row.texts(header.width())));
  }

  @Override
  public boolean skip() throws IOException {
    return rows.next() != null;
  }

  @Override
  public void close() throws IOException {
    try {
      rows.close();
    } finally {
      workbook.close();
    }
  }
}
