package dev.shirabe.testcorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator's marks and the check digits it computes (worked by hand in the comments). */
class LabelsTest {

  @Test
  void myNumberCheckDigit() {
    // 1 2 3 4 5 6 7 8 9 0 1: Σ Pn×Qn = 1×2+0×3+9×4+8×5+7×6+6×7+5×2+4×3+3×4+2×5+1×6 = 212;
    // 212 mod 11 = 3; 11 − 3 = 8
    assertEquals(8, Labels.myNumberCheckDigit("123456789010"));
    assertTrue(Labels.isMyNumber("1234 5678 9018"));
    assertFalse(Labels.isMyNumber("1234 5678 9019"));
    // a remainder of 0 or 1 gives 0: 0…01 (P1 = 1, Q1 = 2): Σ = 2 → 9; 0…05: Σ = 10 → 1;
    // 00000000006: Σ = 12, remainder 1 → 0
    assertEquals(9, Labels.myNumberCheckDigit("000000000010"));
    assertEquals(0, Labels.myNumberCheckDigit("000000000060"));
  }

  @Test
  void licenceCheckDigit() {
    // 3 0 0 8 1 2 3 4 5 6 × 5 4 3 2 7 6 5 4 3 2: 15+0+0+16+7+12+15+16+15+12 = 108;
    // 108 mod 11 = 9; (11 − 9) mod 10 = 2
    assertEquals(2, Labels.licenceCheckDigit("300812345600"));
  }

  @Test
  void corporateNumberCheckDigit() {
    // 2 3 4 5 6 7 8 9 0 1 2 3 from the right × 1 2 1 2 …: 3+4+1+0+9+16+7+12+5+8+3+4 = 72;
    // 72 mod 9 = 0; 9 − 0 = 9
    assertEquals(9, Labels.corporateNumberCheckDigit("0234567890123"));
  }

  @Test
  void luhn() {
    assertTrue(Labels.luhn("4111111111111111"));
    assertTrue(Labels.luhn("5555555555554444"));
    assertTrue(Labels.luhn("3530111333300000"));
    assertFalse(Labels.luhn("4111111111111112"));
  }

  @Test
  void marksComputeCheckDigitsAndCheckDecoys() {
    Labels labels = new Labels(false);
    assertEquals("個人番号 1234 5678 9018、旧 1234 5678 9011、法人 9234567890123",
        labels.mark("f", "", "個人番号 «M:1234 5678 901#»、旧 «m:1234 5678 901#»、法人 «h:#234567890123»"));
    assertEquals("出張申請番号 202402200016", labels.mark("f", "", "出張申請番号 «n:20240220001#»"));
    assertTrue(Labels.isMyNumber("202402200016"));
    assertEquals("２０４６７７３１９５２０",
        labels.mark("f", "", "«M:２０４６７７３１９５２＃»"));
    assertEquals(List.of("MY_NUMBER", "MY_NUMBER"),
        labels.spans().stream().map(Labels.Span::type).toList());
    assertThrows(IllegalArgumentException.class, () -> labels.mark("f", "", "«C:4111 1111 1111 1112»"));
    assertThrows(IllegalArgumentException.class, () -> labels.mark("f", "", "«c:4111 1111 1111 1111»"));
    assertThrows(IllegalArgumentException.class, () -> labels.mark("f", "", "«C:4000 0000 0000 0002»"));
    assertThrows(IllegalArgumentException.class, () -> labels.mark("f", "", "«R:T1234567»"));
  }

  @Test
  void aRoleMailboxIsAnEmailOfTheRoleSubtype() {
    Labels labels = new Labels(false);
    assertEquals("窓口 info@example.jp、担当 k.sato@example.jp",
        labels.mark("f", "", "窓口 «G:info@example.jp»、担当 «E:k.sato@example.jp»"));
    assertEquals(List.of("EMAIL", "EMAIL"), labels.spans().stream().map(Labels.Span::type).toList());
    assertEquals(java.util.Map.of("EMAIL/role", 1L, "EMAIL", 1L), labels.countsByType());
  }

  @Test
  void sentinelsEncloseGoldSpansButNotHeaderValues() {
    Labels labels = new Labels(true);
    assertEquals("〓０♯山田 太郎♭ 様", labels.mark("f", "", "«N:山田 太郎» 様"));
    assertEquals("山田 太郎", labels.header("f", "", "«N:山田 太郎»"));
    assertTrue(labels.spans().get(1).header());
  }
}
