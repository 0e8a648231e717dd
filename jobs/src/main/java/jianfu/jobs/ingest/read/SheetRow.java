package jianfu.jobs.ingest.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * One row of a sheet as its cells' text.
 *
 * @param line the sheet's row number (from 1)
 * @param cells the row's cells that the sheet stores, by column
 */
record SheetRow(long line, List<SheetCell> cells) {

  /** A row that shows nothing: the sheet may store it for its formatting alone. */
  boolean isBlank() {
    return cells.stream().allMatch(SheetCell::isBlank);
  }

  /** One past the last column that is not blank; 0 for a blank row. */
  int width() {
    for (int i = cells.size() - 1; i >= 0; i--) {
      if (!cells.get(i).isBlank()) {
        return cells.get(i).column() + 1;
      }
    }
    return 0;
  }

  /** The text of columns 0 to {@code width - 1}, "" where the sheet stores no cell. */
  List<String> texts(int width) {
    List<String> texts = new ArrayList<>(Collections.nCopies(width, ""));
    for (SheetCell cell : cells) {
      if (cell.column() < width) {
        texts.set(cell.column(), cell.text());
      }
    }
    return texts;
  }

  /** The first cell from {@code column} on that is not blank, if any. */
  Optional<SheetCell> firstValueFrom(int column) {
    return cells.stream().filter(cell -> cell.column() >= column && !cell.isBlank()).findFirst();
  }

  /** The first cell that cannot be read, if any. */
  Optional<SheetCell> firstProblem() {
    return cells.stream().filter(cell -> cell.problem() != null).findFirst();
  }

  /** The A1-style name of this row's cell in {@code column}, e.g. C5. */
  String cellName(int column) {
    return CellReference.convertNumToColString(column) + line;
  }
}
