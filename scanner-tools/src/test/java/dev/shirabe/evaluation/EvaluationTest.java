package dev.shirabe.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

  /** A predictable stand-in for real detectors: one regex per type. */
  private static final class RegexDetector implements Detector {
    private final FindingType type;
    private final Pattern pattern;

    RegexDetector(FindingType type, String regex) {
      this.type = type;
      this.pattern = Pattern.compile(regex);
    }

    @Override
    public String name() {
      return type.name().toLowerCase();
    }

    @Override
    public List<Finding> detect(DetectionText text) {
      List<Finding> findings = new ArrayList<>();
      Matcher m = pattern.matcher(text.original());
      while (m.find()) {
        findings.add(new Finding(type, null, m.start(), m.end(), m.group(), m.group(), 0.9, name()));
      }
      return findings;
    }
  }

  private static final DetectorSet DETECTORS =
      new DetectorSet(
          List.of(
              new RegexDetector(FindingType.PHONE, "\\d{3}-\\d{4}"),
              new RegexDetector(FindingType.EMAIL, "[a-z]+@[a-z.]+[a-z]"),
              new RegexDetector(FindingType.CREDIT_CARD, "\\d{4} \\d{4}")));

  @TempDir Path folder;

  @BeforeEach
  void writeGoldSet() throws IOException {
    // a: one phone found, one predicted but not labelled, an email found, a person missed;
    //    the card number is a type this gold set does not label.
    write("a.txt", "Taro: 555-1234, 555-9999, x@y.jp, card 4111 1111");
    // b: the gold span is wider than the prediction (overlap is enough); "1234567" is missed.
    write("b.txt", "Tel (03) 123-4567. Fax 1234567");
    // d: two predictions inside one gold span: one true, one false positive.
    write("d.txt", "555-1234-555-9999");
    // c: not listed in gold.jsonl, so unlabelled: never scored.
    write("c.txt", "555-0000 z@z.jp");
    write(
        GoldSet.GOLD_FILE,
        String.join(
            "\n",
            "{\"file\": \"a.txt\", \"entities\": [{\"type\": \"PERSON\", \"start\": 0, \"end\": 4, \"text\": \"Taro\"},"
                + " {\"type\": \"PHONE\", \"start\": 6, \"end\": 14, \"text\": \"555-1234\"},"
                + " {\"type\": \"EMAIL\", \"start\": 26, \"end\": 32, \"text\": \"x@y.jp\"}]}",
            "{\"file\": \"b.txt\", \"entities\": [{\"type\": \"PHONE\", \"start\": 4, \"end\": 17, \"text\": \"(03) 123-4567\"},"
                + " {\"type\": \"PHONE\", \"start\": 23, \"end\": 30, \"text\": \"1234567\"}]}",
            "",
            "{\"file\": \"d.txt\", \"entities\": [{\"type\": \"PHONE\", \"start\": 0, \"end\": 17, \"text\": \"555-1234-555-9999\"}]}",
            ""));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void scoresEachTypeTheGoldSetLabels() throws IOException {
    EvaluationReport report = Evaluation.run(folder, DETECTORS);

    assertEquals(3, report.files());
    assertEquals(List.of("PERSON", "PHONE", "EMAIL"), report.perType().stream().map(PerType::type).toList());
    assertEquals(new PerType("PHONE", 3, 2, 1), report.type("PHONE").orElseThrow());
    assertEquals(new PerType("EMAIL", 1, 0, 0), report.type("EMAIL").orElseThrow());
    assertEquals(new PerType("PERSON", 0, 0, 1), report.type("PERSON").orElseThrow());
    assertFalse(report.type("CREDIT_CARD").isPresent(), "a type the gold set does not label");
    assertEquals(new PerType("ALL", 4, 2, 2), report.overall());
  }

  @Test
  void computesPrecisionRecallAndF1() throws IOException {
    PerType phone = Evaluation.run(folder, DETECTORS).type("PHONE").orElseThrow();
    assertEquals(0.6, phone.precision(), 1e-9);
    assertEquals(0.75, phone.recall(), 1e-9);
    assertEquals(2 * 0.6 * 0.75 / 1.35, phone.f1(), 1e-9);

    PerType none = new PerType("PERSON", 0, 0, 1);
    assertEquals(0, none.precision());
    assertEquals(0, none.f1());
  }

  @Test
  void scoresOnlyTheTypesTheCallerNames() throws IOException {
    EvaluationReport phoneOnly = Evaluation.run(folder, DETECTORS, Set.of("PHONE"));
    assertEquals(1, phoneOnly.perType().size());
    assertEquals(new PerType("ALL", 3, 2, 1), phoneOnly.overall());

    // Naming an unlabelled type is the caller's choice: its predictions all count as false.
    EvaluationReport cards = Evaluation.run(folder, DETECTORS, Set.of("CREDIT_CARD"));
    assertEquals(new PerType("CREDIT_CARD", 0, 1, 0), cards.type("CREDIT_CARD").orElseThrow());
  }

  @Test
  void listsMismatchesMaskedUnlessRevealed() throws IOException {
    EvaluationReport report = Evaluation.run(folder, DETECTORS);
    List<Mismatch> samples = report.samples();
    assertTrue(
        samples.contains(new Mismatch(Mismatch.Kind.FALSE_POSITIVE, "a.txt", "PHONE", 16, 24, "555-9999")));
    assertTrue(
        samples.contains(new Mismatch(Mismatch.Kind.FALSE_NEGATIVE, "b.txt", "PHONE", 23, 30, "1234567")));

    String masked = report.mismatches(false);
    assertFalse(masked.contains("555-9999"), masked);
    assertFalse(masked.contains("Taro"), masked);
    assertTrue(masked.contains("FP PHONE        a.txt:16-24 ***-****"), masked);
    assertTrue(masked.contains("FN PERSON       a.txt:0-4 ****"), masked);

    String raw = report.mismatches(true);
    assertTrue(raw.contains("FP PHONE        a.txt:16-24 555-9999"), raw);
  }

  @Test
  void printsATable() throws IOException {
    String table = Evaluation.run(folder, DETECTORS).table();
    String[] lines = table.split("\n");
    assertEquals(5, lines.length, table);
    assertTrue(lines[0].startsWith("type"), table);
    assertTrue(lines[2].matches("PHONE\\s+4\\s+5\\s+3\\s+2\\s+1\\s+0\\.600\\s+0\\.750\\s+0\\.667"), table);
    assertTrue(lines[4].startsWith("ALL"), table);
  }

  @Test
  void rejectsABrokenGoldFile() throws IOException {
    write(GoldSet.GOLD_FILE, "{\"file\": \"a.txt\", \"entities\": []}\n{\"entities\": []}\n");
    IOException e = assertThrows(IOException.class, () -> Evaluation.run(folder, DETECTORS));
    assertTrue(e.getMessage().contains(":2:"), e.getMessage());

    write(GoldSet.GOLD_FILE, "{\"file\": \"../outside.txt\", \"entities\": []}\n");
    assertThrows(IOException.class, () -> Evaluation.run(folder, DETECTORS));
  }

  @Test
  void readsATextFileAsItIsAndAnythingElseAsTheScanExtractsIt() throws IOException {
    // a UTF-8 text file: its own text, without a byte-order mark
    write("bom.txt", "\uFEFF山田 太郎\n");
    // an ASCII mail: the extracted text (headers, then the decoded body), not the raw message
    write("mail.eml", "From: Taro <taro@example.jp>\r\nSubject: hi\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
        + "\u001B$B;3ED\u001B(B\r\n");
    write(GoldSet.GOLD_FILE,
        "{\"file\": \"bom.txt\", \"entities\": [{\"type\": \"PERSON\", \"start\": 0, \"end\": 5, \"text\": \"山田 太郎\"}]}\n"
            + "{\"file\": \"mail.eml\", \"part\": \"\", \"entities\": []}\n");
    GoldSet gold = GoldSet.read(folder);

    assertEquals("山田 太郎\n", gold.text(gold.documents().get(0)));
    String mail = gold.text(gold.documents().get(1));
    assertTrue(mail.startsWith("From: Taro <taro@example.jp>"), mail);
    assertTrue(mail.contains("山田"), mail);
  }
}
