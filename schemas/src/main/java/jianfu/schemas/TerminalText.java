package jianfu.schemas;

import java.nio.file.Path;

/**
 * Text from the data (cells, file names, header names, messages quoting them) as it may be shown on
 * a terminal: every character a terminal would act on instead of showing is written as a visible
 * Java escape (ESC as backslash, u, 001b). An ESC sequence in a cell would otherwise retitle the
 * terminal, move the cursor or hide the lines before it, and a right-to-left override reorders what
 * follows.
 *
 * <p>Escaped: the C0 controls (line breaks and tabs too, so one value stays on its line), DEL and
 * the C1 controls, format characters (bidi embeddings, overrides and isolates, zero-width
 * characters, the byte order mark), the line and paragraph separators U+2028/U+2029, and lone
 * surrogates. A backslash stays as it is (Windows paths read as written), so the six characters of
 * an escaped ESC typed in a cell look like one: the terminal is safe either way.
 */
public final class TerminalText {

  private TerminalText() {}

  /** The text with every character a terminal acts on escaped; null stays null. */
  public static String escape(String text) {
    return escape(text, false);
  }

  /** A path as a terminal may show it: a folder or file name may hold anything. */
  public static String escape(Path path) {
    return escape(path.toString());
  }

  /**
   * As {@link #escape(String)}, but line feeds and tabs stay: for text whose lines are its own (a
   * stack trace), where only what the data put inside a line must be escaped.
   */
  public static String escapeWithinLines(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    if (text == null || text.codePoints().noneMatch(c -> actsOnTerminal(c, keepLines))) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              if (actsOnTerminal(c, keepLines)) {
                // one escape per UTF-16 unit, as Java writes it: two for U+E0041
                for (char unit : Character.toChars(c)) {
                  shown.append(String.format("\\u%04x", (int) unit));
                }
              } else {
                shown.appendCodePoint(c);
              }
            });
    return shown.toString();
  }

  /** Whether a character (a lone surrogate counts as one) is not shown as itself by a terminal. */
  private static boolean actsOnTerminal(int c, boolean keepLines) {
    if (keepLines && (c == '\n' || c == '\t')) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE ->
          true;
      default -> false;
    };
  }
}
