package dev.shirabe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.FindingType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void controlsAreWrittenVisibly() {
    assertEquals("a\\x1b[2J\\nb\\tc\\r", SafeText.escape("a\u001b[2J\nb\tc\r"));
    assertEquals("\\x1b]0;title\\x07", SafeText.escape("\u001b]0;title\u0007"));
    assertEquals("\\x00\\x7f\\x80\\x9b\\x9f", SafeText.escape("\u0000\u007f\u0080\u009b\u009f"));
    assertEquals("invoice\\u{202e}gpj.exe", SafeText.escape("invoice\u202egpj.exe"));
    assertEquals("\\u{2066}\\u{2069}\\u{200e}\\u{61c}\\u{2028}",
        SafeText.escape("\u2066\u2069\u200e\u061c\u2028"));
    assertEquals("C:\\\\x", SafeText.escape("C:\\x"));
    assertEquals("", SafeText.escape(null));
  }

  @Test
  void ordinaryTextIsKeptAsItIs() {
    for (String s : List.of("", "/share/総務/株主名簿.csv", "𠮷野 ▸ Re: 面接", "\ufffd\ud800", "é ¥ \u00a0")) {
      assertSame(s, SafeText.escape(s), s);
    }
  }

  @Test
  void theEscapedFormTellsEveryStringApart() {
    List<String> names = List.of("a\nb", "a\\nb", "a\\\nb", "\u001b", "\\x1b", "\\\u001b",
        "\u202e", "\\u{202e}", "\t", "\\t", "\\");
    Set<String> shown = new HashSet<>();
    for (String name : names) {
      assertTrue(shown.add(SafeText.escape(name)), name);
    }
  }

  @Test
  void theTableMeasuresTheEscapedFormSoColumnsStayAligned() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FindingWriter table = OutputFormat.TABLE.writer(out, false,
        dev.shirabe.classify.Policy.defaults())) {
      table.write(record("/s/plain.txt", "abc@example.com"));
      table.write(record("/s/a\u001b[2J\nb.txt", "a\u001b[2Jb@example.com"));
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(3, lines.size(), lines.toString());
    String plain = lines.get(1);
    String hostile = lines.get(2);
    assertFalse(hostile.chars().anyMatch(c -> c < 0x20), hostile);
    assertTrue(hostile.contains("a\\x1b[2Jb@example.com"), hostile);
    assertEquals(plain.indexOf(" -  "), hostile.indexOf(" -  "), lines.toString());
    assertEquals(TerminalText.width("a\\x1b[2Jb@example.com"),
        SafeText.escape("a\u001b[2Jb@example.com").length());
  }

  @Test
  void jsonReadsBackToTheExactStringWithNoRawControl() throws Exception {
    String name = "/s/課\u001b]0;t\u0007/a\u001b[2J\nb\r\t\u0000\u007f\u0085\u009b"
        + "\u202egpj\u2066\u2028\\\"𠮷\ufffd.txt";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JsonOutput.generator(out)) {
      json.writeStartObject();
      json.writeStringField("file", name);
      json.writeEndObject();
    }
    String line = out.toString(StandardCharsets.UTF_8);
    for (char c : line.toCharArray()) {
      assertFalse(c < 0x20 || c >= 0x7f && c <= 0x9f || SafeText.isInvisibleLayout(c),
          () -> String.format("raw U+%04X in %s", (int) c, SafeText.escape(line)));
    }
    assertEquals(name, new ObjectMapper().readTree(line).get("file").asText());
  }

  @Test
  void htmlDataIsEscapedForHtmlWithItsControlsShown() {
    assertEquals("&lt;b&gt;\\x1b[2J&amp;\\n&quot;", HtmlText.data("<b>\u001b[2J&\n\""));
  }

  private static FindingRecord record(String file, String masked) {
    Finding f = new Finding(FindingType.EMAIL, null, 0, 5, "x", "x", 0.9, "email");
    return new FindingRecord(file, "", f, Classification.NONE, "ja", masked);
  }
}
