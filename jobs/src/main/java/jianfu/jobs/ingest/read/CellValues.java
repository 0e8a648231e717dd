package jianfu.jobs.ingest.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;

/**
 * Turns a cell as the sheet's XML stores it into the text a CSV file would have: text as is,
 * numbers in plain decimal, date-formatted numbers as {@code yyyy-MM-dd}, booleans as true/false,
 * formulas by their saved result. An error value, or a formula without a saved result, is a problem
 * of the cell.
 */
final class CellValues {

  /** Excel shows and keeps 15 significant digits; beyond them a double is binary noise. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private final SharedStrings strings;
  private final StylesTable styles;
  private final boolean date1904;
  private final Map<Integer, Boolean> dateStyles = new HashMap<>();

  CellValues(SharedStrings strings, StylesTable styles, boolean date1904) {
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
  }

  /**
   * The cell's text.
   *
   * @param type the cell's {@code t} attribute: s (shared string), inlineStr, str (a formula's
   *     text), b, e (error), d (ISO date), n or null (number)
   * @param style the cell's {@code s} attribute, its number format among others
   * @param value the content of its {@code <v>}, null without one
   * @param inline the text of its {@code <is>} (inlineStr), null without one
   * @param formula whether it has a formula ({@code <f>})
   */
  SheetCell cell(
      int column, String type, String style, String value, String inline, boolean formula) {
    if (value == null && inline == null) {
      return formula
          ? SheetCell.problem(
              column,
              "",
              "has a formula whose result was never saved (open and save the file in Excel)")
          : SheetCell.text(column, "");
    }
    return switch (type == null ? "n" : type) {
      case "s" -> SheetCell.text(column, strings.getItemAt(Integer.parseInt(value)).getString());
      case "inlineStr" -> SheetCell.text(column, inline == null ? value : inline);
      case "str" -> SheetCell.text(column, value);
      case "b" -> SheetCell.text(column, String.valueOf("1".equals(value)));
      case "e" -> SheetCell.problem(column, value, "holds the error " + value);
      case "d" -> SheetCell.text(column, isoDate(value));
      default -> SheetCell.text(column, number(style, value));
    };
  }

  private String number(String style, String value) {
    double number = Double.parseDouble(value);
    if (style != null
        && isDateStyle(Integer.parseInt(style))
        && DateUtil.isValidExcelDate(number)) {
      return dateText(DateUtil.getLocalDateTime(number, date1904, true));
    }
    return plainNumber(value);
  }

  private boolean isDateStyle(int style) {
    return styles != null
        && dateStyles.computeIfAbsent(
            style,
            index -> DateUtil.isADateFormat(ExcelNumberFormat.from(styles.getStyleAt(index))));
  }

  /** A number as stored (a double), in plain decimal, without exponent or trailing zeros. */
  static String plainNumber(String stored) {
    return new BigDecimal(stored).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
  }

  /** yyyy-MM-dd at midnight; with a time of day, yyyy-MM-dd HH:mm:ss (not a contract date). */
  static String dateText(LocalDateTime dateTime) {
    return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? dateTime.toLocalDate().toString()
        : dateTime.format(DATE_TIME);
  }

  /** A cell of type d holds an ISO 8601 date or date-time; anything else is left as it is. */
  private static String isoDate(String value) {
    try {
      return value.contains("T")
          ? dateText(LocalDateTime.parse(value))
          : LocalDate.parse(value).toString();
    } catch (DateTimeParseException e) {
      return value;
    }
  }
}
