package jianfu.dashboards.publication;

import java.util.regex.Pattern;

/**
 * Text that a spreadsheet opening a CSV file shows as text and never runs. Excel, LibreOffice and
 * Google Sheets read a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return as a formula, which can fetch URLs or run commands (OWASP, "CSV Injection"), so
 * such text gets a leading single quote, as OWASP advises. A cell also begins after a separator
 * inside the text wherever a spreadsheet splits it differently from the writer: at a comma in a
 * comment line (written unquoted), at a semicolon where the locale's separator is one, at a line
 * break; a formula character there gets the quote too.
 */
final class FormulaSafe {

  /** A formula character at the start of the text or after a separator or line break. */
  private static final Pattern FORMULA_START =
      Pattern.compile("(?:^|(?<=[,;\\t\\r\\n]))(?=[=+\\-@\\t\\r])");

  private FormulaSafe() {}

  /** The text with a single quote before each formula start; null stays null. */
  static String text(String text) {
    return text == null ? null : FORMULA_START.matcher(text).replaceAll("'");
  }
}
