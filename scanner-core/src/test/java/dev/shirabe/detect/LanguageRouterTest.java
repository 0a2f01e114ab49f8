package dev.shirabe.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageRouterTest {

  private static final String JAPANESE_BODY =
      "山田様\n\nいつもお世話になっております。\n来週の面接日程についてご連絡いたします。\n"
          + "ご都合のよい日時をお知らせください。\n\n";
  private static final String ENGLISH_SIGNATURE =
      "--\nBest regards,\nJohn Smith\nSales Manager, Example Trading Company\n"
          + "Please contact me if you have any questions about this order.\n"
          + "Tel: +81-3-1234-5678\n";

  private static Languages languages(String text) {
    return new DetectionText(text).languages();
  }

  @Test
  void japaneseMailWithAnEnglishSignatureHasTwoSpans() {
    String mail = JAPANESE_BODY + ENGLISH_SIGNATURE;
    Languages languages = languages(mail);
    int signature = mail.indexOf("Best"); // the "--" line above it belongs to the body
    assertEquals(List.of(new LanguageSpan(0, signature, "ja"), new LanguageSpan(signature, mail.length(), "en")),
        languages.spans(), languages::toString);
    assertEquals("ja", languages.languageAt(mail.indexOf("面接")));
    assertEquals("en", languages.languageAt(mail.indexOf("John")));
    assertEquals("en", languages.languageAt(mail.indexOf("+81")), "a number line belongs to the span it stands in");
  }

  @Test
  void englishMailWithAJapaneseSignatureHasTwoSpans() {
    String mail = "Dear Mr. Tanaka,\n\nThank you for your quick reply. We would like to confirm the meeting"
        + " on Monday at ten in the morning.\n\nKind regards,\nJohn\n\n"
        + "株式会社サンプル 営業部\n山田 太郎\n電話 03-1234-5678\n";
    Languages languages = languages(mail);
    int signature = mail.indexOf("株式会社");
    assertEquals(List.of(new LanguageSpan(0, signature, "en"), new LanguageSpan(signature, mail.length(), "ja")),
        languages.spans(), languages::toString);
    assertEquals("ja", languages.languageAt(mail.indexOf("03-1234")));
  }

  @Test
  void tellsEnglishFrenchAndGermanApart() {
    assertEquals("en", languages("The customer asked us to send the invoice to his home address next week.")
        .languageAt(0));
    assertEquals("fr", languages("Le client nous a demandé d'envoyer la facture à son adresse personnelle.")
        .languageAt(0));
    assertEquals("de", languages("Der Kunde hat uns gebeten, die Rechnung an seine Privatadresse zu schicken.")
        .languageAt(0));
    assertEquals("ja", languages("お客様から請求書を自宅の住所に送るよう依頼がありました。").languageAt(0));
  }

  @Test
  void aContractsLegalEnglishIsEnglish() {
    String contract = "MASTER SERVICES AGREEMENT\nAgreement No. HA-2024-0042 (version 1.4.2)\n\n"
        + "This Master Services Agreement (the \"Agreement\") is entered into as of February 1, 2024"
        + " (the \"Effective Date\") by and between:\n\nAoba Tsushin System Co., Ltd., a company"
        + " organized under the laws of Japan, with its principal office in Tokyo; and Harborview"
        + " Analytics, Inc., a Delaware corporation with offices in San Francisco.\n";
    assertEquals(List.of(new LanguageSpan(0, contract.length(), "en")), languages(contract).spans(),
        "its title and first words alone look nearly as much like Latin");
  }

  @Test
  void aFewKatakanaOrLatinWordsDoNotChangeTheLanguage() {
    assertEquals("ja", languages("Excelファイルを添付します。PDFもご確認ください。").languageAt(0));
    String text = "見積書を送付いたします。\nOffice\n内容をご確認ください。\n";
    assertEquals(List.of(new LanguageSpan(0, text.length(), "ja")), languages(text).spans(),
        "a short Latin line takes the language around it");
  }

  @Test
  void aTextThatSwitchesLineByLineKeepsEveryLinesLanguagePastTheDetectorsBudget() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2 * LanguageRouter.MAX_DETECTIONS; i++) {
      text.append("ご住所を記入してください。\nPlease write your home address in this field.\n");
    }
    List<LanguageSpan> spans = languages(text.toString()).spans();
    assertEquals(4 * LanguageRouter.MAX_DETECTIONS, spans.size());
    for (int i = 0; i < spans.size(); i++) {
      assertEquals(i % 2 == 0 ? "ja" : "en", spans.get(i).lang(), spans.get(i)::toString);
    }
  }

  @Test
  void shortOrNumericTextIsUndetermined() {
    assertEquals(List.of(new LanguageSpan(0, 0, "und")), languages("").spans());
    assertEquals("und", languages("090-1234-5678").languageAt(0));
    assertEquals("und", languages("2024/04/01 12:00\n1,234,567\n").languageAt(5));
    assertEquals("und", languages("Tel: 03-1234-5678").languageAt(0));
    assertEquals("und", languages("OK thanks").languageAt(0));
    assertEquals("und", languages("taro.yamada@example.co.jp https://example.com/a/b").languageAt(0),
        "addresses and URLs are not words");
  }

  @Test
  void everyOffsetHasALanguage() {
    String mail = JAPANESE_BODY + ENGLISH_SIGNATURE;
    Languages languages = languages(mail);
    assertEquals(0, languages.spans().get(0).start());
    assertEquals(mail.length(), languages.spans().get(languages.spans().size() - 1).end());
    assertEquals("en", languages.languageAt(mail.length()), "the end belongs to the last span");
    assertTrue(languages.contains("ja"));
    assertFalse(languages.contains("fr"));
  }

  @Test
  void segmentsJoinIntoOneTextsSpans() {
    Languages joined = Languages.concatenate(
        List.of(languages("日本語の文章です。\n"), languages("続きの文章です。\n")), List.of(0, 10));
    assertEquals(List.of(new LanguageSpan(0, 19, "ja")), joined.spans());
  }
}
