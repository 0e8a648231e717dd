package jianfu.jobs.ingest.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import jianfu.schemas.SourceColumn;

/**
 * Reads a cell as its column's type (decisions.md Ingestion 3). Text that is not of the type is
 * BAD_TYPE; a number too large for its type is OUT_OF_RANGE.
 */
final class CellParser {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Map<String, Boolean> BOOLEANS =
      Map.of("true", true, "false", false, "1", true, "0", false, "是", true, "否", false);

  /** The typed value: String, Integer, BigDecimal (at the column's scale), LocalDate, Boolean. */
  Object parse(SourceColumn column, String cell) {
    return switch (column.type()) {
      case STRING, ENUM -> cell;
      case INT -> integer(column, cell);
      case DECIMAL -> decimal(column, cell);
      case DATE -> date(column, cell);
      case BOOLEAN -> bool(column, cell);
    };
  }

  private static Integer integer(SourceColumn column, String cell) {
    if (!isSignedDigits(cell)) {
      throw badType(column, QuotedCell.of(cell) + " is not an integer");
    }
    try {
      return Integer.parseInt(cell);
    } catch (NumberFormatException e) {
      throw new RowRejectedException(
          Reason.OUT_OF_RANGE,
          column.name(),
          QuotedCell.of(cell) + " is too large for a 32-bit integer");
    }
  }

  /** An optional sign and ASCII digits only (Integer.parseInt also accepts other digits). */
  private static boolean isSignedDigits(String cell) {
    int first = cell.charAt(0) == '+' || cell.charAt(0) == '-' ? 1 : 0;
    if (first == cell.length()) {
      return false;
    }
    for (int i = first; i < cell.length(); i++) {
      if (cell.charAt(i) < '0' || cell.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static BigDecimal decimal(SourceColumn column, String cell) {
    if (!DECIMAL.matcher(cell).matches()) {
      throw badType(
          column, QuotedCell.of(cell) + " is not a decimal number with '.' as the separator");
    }
    BigDecimal value = new BigDecimal(cell);
    if (value.scale() > column.scale()) {
      throw badType(column, QuotedCell.of(cell) + " has more than " + column.scale() + " decimals");
    }
    int integerDigits = column.precision() - column.scale();
    if (value.precision() - value.scale() > integerDigits) {
      throw new RowRejectedException(
          Reason.OUT_OF_RANGE,
          column.name(),
          QuotedCell.of(cell)
              + " has more than "
              + integerDigits
              + " digits before the decimal point");
    }
    return value.setScale(column.scale(), RoundingMode.UNNECESSARY);
  }

  /**
   * A date as yyyy-MM-dd. The usual shape, ten ASCII characters with the dashes in place, is read
   * digit by digit (the formatter took 4% of a city's ingestion CPU); any other text goes to the
   * formatter, and both reject a day the month does not have.
   */
  private static LocalDate date(SourceColumn column, String cell) {
    try {
      return isPlainDate(cell)
          ? LocalDate.of(digits(cell, 0, 4), digits(cell, 5, 7), digits(cell, 8, 10))
          : LocalDate.parse(cell, DATE);
    } catch (DateTimeException e) {
      throw badType(column, QuotedCell.of(cell) + " is not a date yyyy-MM-dd");
    }
  }

  private static boolean isPlainDate(String cell) {
    if (cell.length() != 10 || cell.charAt(4) != '-' || cell.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String cell, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (cell.charAt(i) - '0');
    }
    return value;
  }

  private static Boolean bool(SourceColumn column, String cell) {
    Boolean value = BOOLEANS.get(cell.toLowerCase(Locale.ROOT));
    if (value == null) {
      throw badType(column, QuotedCell.of(cell) + " is not a boolean (true/false, 1/0, 是/否)");
    }
    return value;
  }

  private static RowRejectedException badType(SourceColumn column, String message) {
    return new RowRejectedException(Reason.BAD_TYPE, column.name(), message);
  }
}
