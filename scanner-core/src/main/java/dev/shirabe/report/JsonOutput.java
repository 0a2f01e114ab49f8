package dev.shirabe.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON generator every JSON and JSON Lines output of Shirabe writes with. JSON carries each
 * string exactly (a file name reads back as it is on disk), and Jackson already writes the C0
 * controls as {@code \}{@code u001b}; this writes DEL, the C1 controls and the invisible layout
 * characters of {@link SafeText} as {@code \}{@code uXXXX} too, so that JSON Lines paged on a
 * terminal cannot reach it with a control sequence either. The strings read back unchanged.
 */
public final class JsonOutput {

  private static final JsonFactory FACTORY =
      new JsonFactory().setCharacterEscapes(new TerminalEscapes());

  private JsonOutput() {}

  /** A generator writing UTF-8 to {@code out} (closed with it). */
  public static JsonGenerator generator(OutputStream out) throws IOException {
    return FACTORY.createGenerator(out);
  }

  private static final class TerminalEscapes extends CharacterEscapes {

    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalEscapes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch > 0xFFFF || !SafeText.needsEscape((char) ch)) {
        return null;
      }
      return new SerializedString(String.format("\\u%04X", ch));
    }
  }
}
