package dev.shirabe.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaskingTest {

  @Test
  void emailsKeepTheFirstCharAndTheDomain() {
    assertEquals("y*****@example.co.jp", Masking.mask(FindingType.EMAIL, "yamada@example.co.jp"));
    assertEquals("ｙ****＠example.jp", Masking.mask(FindingType.EMAIL, "ｙａｍａｄ＠example.jp"));
  }

  @Test
  void numbersKeepTheirLastFourDigitsAndTheirSeparators() {
    assertEquals("**-****-5678", Masking.mask(FindingType.PHONE, "03-1234-5678"));
    assertEquals("+** *-****-5678", Masking.mask(FindingType.PHONE, "+81 3-1234-5678"));
    assertEquals("****-****-****-1111", Masking.mask(FindingType.CREDIT_CARD, "4111-1111-1111-1111"));
    assertEquals("*****-****-5678",
        Masking.mask(FindingType.PHONE, "TEL03-1234-5678"));
  }

  @Test
  void shortNumbersStayHalfHidden() {
    assertEquals("***456", Masking.mask(FindingType.PHONE, "123456"));
  }

  @Test
  void namesShowTheFirstWordOnly() {
    assertEquals("山田 **", Masking.mask(FindingType.PERSON, "山田 太郎"));
    assertEquals("山***", Masking.mask(FindingType.PERSON, "山田太郎"));
    assertEquals("Taro ******", Masking.mask(FindingType.PERSON, "Taro Yamada"));
  }

  @Test
  void otherValuesShowTheirEndsWhenLongEnough() {
    assertEquals("東**************号", Masking.mask(FindingType.ADDRESS, "東京都千代田区丸の内一丁目一番号"));
    assertEquals("****", Masking.mask(FindingType.IP_ADDRESS, "1234"));
  }

  @Test
  void ipAddressesShowTheirFirstGroupOnly() {
    assertEquals("192.***.*.**", Masking.mask(FindingType.IP_ADDRESS, "192.168.0.10"));
    assertEquals("１９２．***．*．**", Masking.mask(FindingType.IP_ADDRESS, "１９２．１６８．０．１０"));
    assertEquals("2001:***::****", Masking.mask(FindingType.IP_ADDRESS, "2001:db8::abcd"));
    assertEquals("::****:*.*.*.*", Masking.mask(FindingType.IP_ADDRESS, "::ffff:1.2.3.4"));
    assertEquals("fe80::*%****", Masking.mask(FindingType.IP_ADDRESS, "fe80::1%eth0"));
  }

  @Test
  void aOneCharEmailLocalPartIsStarredNotShown() {
    assertEquals("*@example.com", Masking.mask(FindingType.EMAIL, "l@example.com"));
    assertEquals("*＠example.jp", Masking.mask(FindingType.EMAIL, "ｌ＠example.jp"));
    assertEquals("a*@example.com", Masking.mask(FindingType.EMAIL, "ab@example.com"));
  }

  @Test
  void noShortValueIsShownWhole() {
    for (FindingType type : FindingType.values()) {
      for (String value : new String[] {"l", "ab", "7", "42", "李", "李明", "𠮷", "𠮷田"}) {
        String masked = Masking.mask(type, value);
        assertNotEquals(value, masked, type + " " + value);
        assertTrue(masked.chars().filter(c -> c == '*').count() * 2 >= value.codePointCount(0,
            value.length()), type + " " + value + " -> " + masked);
      }
    }
    assertEquals("李 *", Masking.mask(FindingType.PERSON, "李 明"));
    assertEquals("****::", Masking.mask(FindingType.IP_ADDRESS, "fe80::"));
  }

  @Test
  void aCharOutsideTheBmpIsShownOrStarredWholeNeverHalved() {
    assertEquals("𠮷*", Masking.mask(FindingType.PERSON, "𠮷田"));
    assertEquals("𠮷野 **", Masking.mask(FindingType.PERSON, "𠮷野 太郎"));
    assertEquals("*", Masking.mask(FindingType.PERSON, "𠮷"));
    assertEquals("𠮷***県", Masking.mask(FindingType.ADDRESS, "𠮷田市𠮷県"));
    for (FindingType type : FindingType.values()) {
      String masked = Masking.mask(type, "𠮷田 𠮷野 x@𠮷.jp 1𠮷");
      for (int i = 0; i < masked.length(); i++) {
        char c = masked.charAt(i);
        boolean paired = Character.isHighSurrogate(c)
            ? i + 1 < masked.length() && Character.isLowSurrogate(masked.charAt(++i))
            : !Character.isLowSurrogate(c);
        assertTrue(paired, type + " " + masked);
      }
    }
  }
}
