package jianfu.jobs.ingest.read;

/**
 * One cell of a sheet row as text (CellValues).
 *
 * @param column the column index, from 0 for A
 * @param text what the cell holds as text; for a cell with a problem, what it shows
 * @param problem why the cell cannot be read (an error value), null when it can
 */
record SheetCell(int column, String text, String problem) {

  static SheetCell text(int column, String text) {
    return new SheetCell(column, text, null);
  }

  static SheetCell problem(int column, String shown, String problem) {
    return new SheetCell(column, shown, problem);
  }

  boolean isBlank() {
    return problem == null && text.isBlank();
  }
}
