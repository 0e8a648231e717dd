package jianfu.jobs.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds an .xlsx file for a test with POI's user model, as Excel would save it: one sheet, rows of
 * cells given as Java values (see {@link #row}).
 */
public final class TestWorkbook {

  /** A formula cell, e.g. {@code formula("B2*2")}. */
  public record Formula(String text) {}

  /** A cell that has a format but no value, as Excel keeps for formatted empty cells. */
  public static final Object FORMATTED_BLANK = new Object();

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final XSSFSheet sheet = workbook.createSheet("数据");
  private final CellStyle date = style("yyyy-mm-dd");
  private final CellStyle dateTime = style("yyyy-mm-dd hh:mm");
  private final CellStyle formatted = style("0.00");
  private int nextRow;

  public static Formula formula(String text) {
    return new Formula(text);
  }

  /**
   * Appends a row: null leaves the cell out; a String is a text cell, a Number a number, a
   * LocalDate or LocalDateTime a date-formatted number, a Boolean a boolean, a Formula a formula.
   */
  public TestWorkbook row(Object... values) {
    XSSFRow row = sheet.createRow(nextRow++);
    for (int column = 0; column < values.length; column++) {
      if (values[column] != null) {
        set(row.createCell(column), values[column]);
      }
    }
    return this;
  }

  /** Merges the cells of {@code range}, e.g. "A1:B1". */
  public TestWorkbook merge(String range) {
    sheet.addMergedRegion(CellRangeAddress.valueOf(range));
    return this;
  }

  /** Saves the workbook with every formula's result, as Excel does. */
  public void save(Path file) throws IOException {
    workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
    saveWithoutFormulaResults(file);
  }

  /** Saves the workbook as a program that cannot calculate may: formulas without results. */
  public void saveWithoutFormulaResults(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    workbook.close();
  }

  private void set(Cell cell, Object value) {
    if (value == FORMATTED_BLANK) {
      cell.setCellStyle(formatted);
    } else if (value instanceof String text) {
      cell.setCellValue(text);
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else if (value instanceof LocalDate day) {
      cell.setCellValue(day);
      cell.setCellStyle(date);
    } else if (value instanceof LocalDateTime moment) {
      cell.setCellValue(moment);
      cell.setCellStyle(dateTime);
    } else if (value instanceof Boolean flag) {
      cell.setCellValue(flag);
    } else if (value instanceof Formula formula) {
      cell.setCellFormula(formula.text());
    } else {
      throw new IllegalArgumentException("no cell for " + value);
    }
  }

  private CellStyle style(String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }
}
