package jianfu.dashboards.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * JSON that can sit inside an HTML {@code <script>} element whatever its strings hold. The browser
 * ends the element at the first {@code </script}, and a {@code <!--} followed by {@code <script}
 * makes it skip that end too, so one data value could swallow the rest of the page: {@code <},
 * {@code >} and {@code &} are written as {@code \u003C}, {@code \u003E} and {@code \u0026}, which
 * no HTML parser reads as markup. U+2028 and U+2029 are escaped too, since JavaScript before ES2019
 * ends a line there. {@code JSON.parse} reads every escape back to the character.
 */
final class ScriptSafeJson {

  private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new Escapes());

  private ScriptSafeJson() {}

  static String write(Object value) throws JsonProcessingException {
    return WRITER.writeValueAsString(value);
  }

  private static final class Escapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    Escapes() {
      for (char markup : new char[] {'<', '>', '&'}) {
        ascii[markup] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int character) {
      return character == '\u2028' || character == '\u2029'
          ? new SerializedString(String.format("\\u%04X", character))
          : null;
    }
  }
}
