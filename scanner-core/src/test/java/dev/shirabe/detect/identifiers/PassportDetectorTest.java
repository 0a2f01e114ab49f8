package dev.shirabe.detect.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassportDetectorTest {

  private static final PassportDetector DETECTOR = new PassportDetector();
  private static final DetectorProbe PROBE = new DetectorProbe(DETECTOR, FindingType.PASSPORT);

  @ParameterizedTest
  @ValueSource(strings = {"旅券番号：TK1234567", "パスポート番号 TK1234567", "Passport No. TK1234567",
      "passport number: TK1234567", "旅券番号　ＴＫ１２３４５６７"})
  void twoLettersAndSevenDigitsWithAPassportWord(String text) {
    List<Finding> findings = PROBE.detect(text);
    assertEquals(1, findings.size(), () -> text + ": " + findings);
    Finding f = findings.get(0);
    assertEquals(FindingType.PASSPORT, f.type());
    assertEquals("TK1234567", f.normalized());
    assertEquals(text.substring(f.start(), f.end()), f.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"TK1234567", "型番 TK1234567", "パスポート番号 ATK1234567",
      "パスポート番号 TK12345678", "パスポート番号 T1234567", "パスポート番号 tk1234567",
      "パスポート番号 TK1234567-2", "パスポートケース 注文番号 TK1234567",
      "旅券番号\t英字2文字と数字7桁（例：TK1234567）", "Passport No. (e.g. TK1234567)",
      "旅券番号 AB0000000"})
  void otherwiseNot(String text) {
    PROBE.none(text);
  }

  @Test
  void aPassportColumn() {
    String table = "\t氏名\t旅券番号\t社員番号\n\t山田 太郎\tTK1234567\tAB7654321\n";
    List<Finding> findings = PROBE.detect(table);
    assertEquals(List.of("TK1234567"), findings.stream().map(Finding::normalized).toList());
  }
}
