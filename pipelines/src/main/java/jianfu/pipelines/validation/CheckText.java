package jianfu.pipelines.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a check may be written with, before Spark's parser sees it: words, unsigned
 * decimal numbers, the operators of the subset, parentheses and commas, separated by spaces. This
 * keeps out what the two engines would read differently or what could escape the expression once it
 * lands in SQL: quotes and backquotes (text, quoted names), comments, {@code ;}, {@code ==} and
 * {@code !}, and Spark's typed literals such as {@code 1L} or {@code 1BD}, which DuckDB reads
 * otherwise. Whether the words and operators form an allowed expression is {@link CheckParser}'s
 * question.
 */
final class CheckText {

  /** Decimal digits beyond this may turn into a double in one engine and not in the other. */
  private static final int MOST_DIGITS = 18;

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<space>\\s+)"
              + "|(?<word>[A-Za-z_][A-Za-z0-9_]*)"
              + "|(?<number>(?<digits>[0-9]+(?:\\.[0-9]+)?)(?:[eE][+-]?[0-9]{1,3})?)(?![A-Za-z0-9_.])"
              + "|(?<operator><=|>=|<>|!=|[=<>+\\-*/(),])");

  private static final Pattern ESCAPES = Pattern.compile("--|/\\*|\\*/|==");

  private CheckText() {}

  /** Throws when the text holds anything but the tokens of the subset. */
  static void requireSubsetTokens(String code, String check) {
    Matcher escape = ESCAPES.matcher(check);
    if (escape.find()) {
      throw new InvalidRuleException(
          code, "'" + escape.group() + "' is not allowed in a check (no comments; = compares)");
    }
    Matcher token = TOKEN.matcher(check);
    int at = 0;
    while (at < check.length()) {
      if (!token.region(at, check.length()).lookingAt()) {
        throw new InvalidRuleException(
            code,
            "unexpected character "
                + shown(check.codePointAt(at))
                + " at position "
                + (at + 1)
                + " (a check uses column names, numbers, + - * /, comparisons, AND, OR, NOT,"
                + " IS NULL and COALESCE)");
      }
      String digits = token.group("digits");
      if (digits != null && digits.replace(".", "").length() > MOST_DIGITS) {
        throw new InvalidRuleException(
            code, "the number " + token.group() + " has more than " + MOST_DIGITS + " digits");
      }
      at = token.end();
    }
  }

  /** A printable character in quotes, anything else (a terminal's controls) as U+XXXX. */
  private static String shown(int codePoint) {
    boolean printable =
        !Character.isISOControl(codePoint)
            && Character.getType(codePoint) != Character.FORMAT
            && Character.isDefined(codePoint);
    return printable ? "'" + Character.toString(codePoint) + "'" : "U+%04X".formatted(codePoint);
  }
}
