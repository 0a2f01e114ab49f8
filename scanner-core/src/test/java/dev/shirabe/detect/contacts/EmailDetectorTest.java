package dev.shirabe.detect.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailDetectorTest {

  private static final EmailDetector DETECTOR = new EmailDetector();
  private static final DetectorProbe PROBE = new DetectorProbe(DETECTOR, FindingType.EMAIL);

  @Test
  void findsAnAddressInJapaneseText() {
    Finding f = PROBE.only("連絡先：yamada@example.co.jpまでご連絡ください。");
    assertEquals(FindingType.EMAIL, f.type());
    assertEquals("yamada@example.co.jp", f.text());
    assertEquals(4, f.start());
    assertEquals(24, f.end());
    assertEquals("yamada@example.co.jp", f.normalized());
    assertEquals(EmailDetector.NAME, f.detector());
    assertTrue(f.confidence() >= 0.8);
  }

  @Test
  void findsFullWidthAddressesAndReportsTheOriginalText() {
    String text = "メール：ｔａｒｏ．ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ";
    Finding f = PROBE.only(text);
    assertEquals("ｔａｒｏ．ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ", f.text());
    assertEquals(text.substring(f.start(), f.end()), f.text());
    assertEquals("taro.yamada@example.co.jp", f.normalized());
  }

  @Test
  void normalizedValueIsLowerCase() {
    assertEquals("taro.yamada@example.com", PROBE.only("From: Taro.Yamada@Example.COM").normalized());
  }

  @Test
  void spanStopsBeforeTrailingPunctuationAndBrackets() {
    assertEquals("a.b@example.com", PROBE.only("Write to a.b@example.com.").text());
    assertEquals("a.b@example.com", PROBE.only("Taro <a.b@example.com>").text());
    assertEquals("a.b@example.com", PROBE.only("(a.b@example.com)").text());
    assertEquals("a.b@example.com", PROBE.only("「a.b@example.com」").text());
    assertEquals("a.b@example.com", PROBE.only("'a.b@example.com',").text());
  }

  @Test
  void dropsTrailingLabelsThatAreNoTopLevelDomain() {
    assertEquals("a@example.com", PROBE.only("mail a@example.com.Thanks").text());
  }

  @Test
  void acceptsTheDotsOfOldJapaneseMobileAddresses() {
    assertEquals("taro..yamada.@docomo.ne.jp", PROBE.only("taro..yamada.@docomo.ne.jp").text());
  }

  @Test
  void findsSeveralAddresses() {
    List<Finding> findings = PROBE.detect("To: a@example.jp, b@example.jp; cc: c+tag@sub.example.org");
    assertEquals(3, findings.size());
    assertEquals("c+tag@sub.example.org", findings.get(2).text());
  }

  @Test
  void ignoresAddressesWithoutATopLevelDomain() {
    assertTrue(PROBE.detect("foo@bar").isEmpty());
    assertTrue(PROBE.detect("root@localhost にログイン").isEmpty());
    assertTrue(PROBE.detect("user@host.invalidtld").isEmpty());
  }

  @Test
  void ignoresContentIdsVersionsAndImageNames() {
    assertTrue(PROBE.detect("image001.png@01D2A3B4.5C6D7E80").isEmpty());
    assertTrue(PROBE.detect("<img src=\"cid:image001.png@01D2A3B4.5C6D7E80\">").isEmpty());
    assertTrue(PROBE.detect("npm install lodash@4.17.21").isEmpty());
    assertTrue(PROBE.detect("pkg@1.2.3-beta").isEmpty());
    assertTrue(PROBE.detect("logo@2x.png").isEmpty());
    assertTrue(PROBE.detect("単価@100円").isEmpty());
    assertTrue(PROBE.detect("@yamada_taro さん").isEmpty());
  }

  @Test
  void ignoresMessageIdentifiers() {
    assertTrue(PROBE.detect("Message-ID: <20240115.ABC123@mail.example.com>").isEmpty());
    assertTrue(PROBE.detect("X-Yahoo-Newman-Id: 796121.97519.bm@omp103.mail.yahoo.com").isEmpty());
    assertTrue(PROBE.detect("In-Reply-To: <CAF1234xyz@mail.gmail.com>").isEmpty());
    assertEquals(1, PROBE.detect("From: Taro <taro@example.com>\nMessage-ID: <x1@example.com>").size());
  }

  @Test
  void findsAddressesWhoseAtIsHiddenFromHarvesters() {
    List<Finding> findings = PROBE.detect("採用担当：recruit★example.co.jp（★を@に置き換えてください）");
    assertEquals(1, findings.size());
    assertEquals("recruit★example.co.jp", findings.get(0).text());
    assertEquals("recruit@example.co.jp", findings.get(0).normalized());
    assertTrue(findings.get(0).confidence() < PROBE.detect("a@example.co.jp").get(0).confidence());
    assertTrue(PROBE.detect("新商品★セール開催中").isEmpty());
  }
}
