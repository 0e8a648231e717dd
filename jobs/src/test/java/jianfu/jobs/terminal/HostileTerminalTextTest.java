package jianfu.jobs.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import jianfu.schemas.TerminalText;
import org.junit.jupiter.api.Test;

/**
 * Hostile input on the terminal: control characters from the data are shown escaped, never sent to
 * the terminal as they are (an ESC sequence in a cell retitled it).
 */
class HostileTerminalTextTest {

  private static final String RETITLE = "\u001b]0;title\u0007";

  @Test
  void showsAnEscSequenceThatWouldRetitleTheTerminal() {
    assertThat(TerminalText.escape("'" + RETITLE + "' is not one of PARTY"))
        .isEqualTo("'\\u001b]0;title\\u0007' is not one of PARTY");
  }

  @Test
  void escapesControlsBidiOverridesAndInvisibleFormatCharacters() {
    // given: C0 (line break, tab), DEL, C1 (CSI), right-to-left override, isolate, zero-width
    // space, byte order mark, line separator, a lone surrogate, a tag character (U+E0041)
    String hostile =
        "a\nb\tc\rd\u007fe\u009bf\u202eg\u2066h\u200bi\ufeffj\u2028k\ud800l\udb40\udc41";

    // when
    String shown = TerminalText.escape(hostile);

    // then
    assertThat(shown)
        .isEqualTo(
            "a\\u000ab\\u0009c\\u000dd\\u007fe\\u009bf\\u202eg\\u2066h\\u200bi\\ufeffj\\u2028k"
                + "\\ud800l\\udb40\\udc41");
  }

  @Test
  void leavesTextAsItIsWhereNothingActsOnTheTerminal() {
    String text = "民政局 C:\\data\\部门.csv 😀 'é' 100%";

    assertThat(TerminalText.escape(text)).isSameAs(text);
    assertThat(TerminalText.escape((String) null)).isNull();
  }

  @Test
  void noCharacterATerminalActsOnSurvives() {
    // given: every UTF-16 unit
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      all.append(c);
    }

    // when
    String shown = TerminalText.escape(all.toString());

    // then: only whole characters that show as themselves remain
    assertThat(shown.codePoints())
        .noneMatch(
            c ->
                Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE
                    || c == '\u2028'
                    || c == '\u2029');
  }

  @Test
  void aStackTraceKeepsItsLinesButNotWhatTheDataPutInThem() {
    String trace = "java.io.IOException: " + RETITLE + "\r\n\tat x.y(Z.java:1)\n";

    assertThat(TerminalText.escapeWithinLines(trace))
        .isEqualTo("java.io.IOException: \\u001b]0;title\\u0007\\u000d\n\tat x.y(Z.java:1)\n");
  }

  @Test
  void logLinesShowTheirArgumentsEscaped() {
    // given: a warning naming a file whose name holds an ESC sequence
    LoggerContext context = new LoggerContext();
    LoggingEvent event =
        new LoggingEvent(
            getClass().getName(),
            context.getLogger("jianfu.jobs.ingest"),
            Level.WARN,
            "{}: columns {} are not in the contract and are ignored",
            null,
            new Object[] {"departments-" + RETITLE + ".csv", "[note\u001b[2J]"});
    TerminalSafeMessage converter = new TerminalSafeMessage();

    // when
    String line = converter.convert(event);

    // then
    assertThat(line)
        .isEqualTo(
            "departments-\\u001b]0;title\\u0007.csv: columns [note\\u001b[2J] are not in the"
                + " contract and are ignored");
  }
}
