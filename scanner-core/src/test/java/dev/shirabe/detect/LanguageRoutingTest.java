package dev.shirabe.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.names.EnglishPersonDetector;
import dev.shirabe.detect.names.JapanesePersonDetector;
import dev.shirabe.detect.text.EnglishSentence;
import dev.shirabe.detect.text.JapaneseScript;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each piece of a mixed Japanese and English text goes to its language's analysis: Japanese
 * names to Kuromoji ({@code kuromoji-name}), English names to the English model ({@code
 * opennlp-name}), neither reporting in the other's spans.
 */
class LanguageRoutingTest {

  private static final String JAPANESE_MAIL_WITH_ENGLISH_SIGNATURE =
      "山田太郎様\n\nいつもお世話になっております。\n来週の打ち合わせの件、承知いたしました。\n"
          + "資料は佐藤花子より別途お送りします。\n\n"
          + "--\nEmily Carter\nSenior Account Manager, Harborview Analytics\n"
          + "Tel: +1 415 555 0134\n";

  private static final String ENGLISH_MAIL_WITH_JAPANESE_QUOTE =
      "Hi Kenichi,\n\nThank you for the quick reply. David Miller from our legal team will send"
          + " the signed contract by Friday.\n\nBest regards,\nEmily Carter\n\n"
          + "-----Original Message-----\n"
          + "差出人: 佐藤健一\n件名: 契約書の件\n\n"
          + "カーター様\n\n契約書の最終版をお送りいたします。ご確認のほどよろしくお願いいたします。\n"
          + "佐藤健一\n";

  private record Routed(String text, String detector, String lang) {}

  private static List<Routed> persons(String text) {
    Analysis analysis = DetectorSet.standard().analyse(text);
    return analysis.findings().stream()
        .filter(f -> f.type() == FindingType.PERSON)
        .map(f -> new Routed(f.text(), f.detector(), analysis.languageOf(f)))
        .toList();
  }

  @Test
  void aJapaneseMailWithAnEnglishSignature() {
    List<Routed> found = persons(JAPANESE_MAIL_WITH_ENGLISH_SIGNATURE);
    assertTrue(found.contains(new Routed("山田太郎", JapanesePersonDetector.NAME, "ja")), found::toString);
    assertTrue(found.contains(new Routed("佐藤花子", JapanesePersonDetector.NAME, "ja")), found::toString);
    assertTrue(found.contains(new Routed("Emily Carter", EnglishPersonDetector.NAME, "en")), found::toString);
    assertEachPathInItsOwnSpans(found);
  }

  @Test
  void anEnglishMailWithAJapaneseQuotedPart() {
    List<Routed> found = persons(ENGLISH_MAIL_WITH_JAPANESE_QUOTE);
    assertTrue(found.contains(new Routed("Kenichi", EnglishPersonDetector.NAME, "en")), found::toString);
    assertTrue(found.contains(new Routed("David Miller", EnglishPersonDetector.NAME, "en")), found::toString);
    assertTrue(found.contains(new Routed("Emily Carter", EnglishPersonDetector.NAME, "en")), found::toString);
    assertEquals(2, found.stream().filter(r -> r.text().equals("佐藤健一")
        && r.detector().equals(JapanesePersonDetector.NAME) && r.lang().equals("ja")).count(), found::toString);
    assertEachPathInItsOwnSpans(found);
  }

  @Test
  void wordsOfTheOtherScriptInsideALineGoByTheirScript() {
    // The line is Latin by its letters, the kanji name in it Kuromoji's; the romaji name in a
    // line of Japanese is the English model's.
    List<Routed> english = persons("Aoba Tsushin System Co., Ltd.\nBy: 青葉 一郎 (Representative Director)\n");
    assertTrue(english.stream().anyMatch(r -> r.text().startsWith("青葉")
        && r.detector().equals(JapanesePersonDetector.NAME)), english::toString);
    List<Routed> japanese = persons("いつもお世話になっております。\n担当：小川 ひなた（Name: Hinata Ogawa）\n");
    assertTrue(japanese.contains(new Routed("Hinata Ogawa", EnglishPersonDetector.NAME, "ja")), japanese::toString);
  }

  /** No Japanese-script name from the English path, no Latin one from Kuromoji's. */
  private static void assertEachPathInItsOwnSpans(List<Routed> found) {
    for (Routed r : found) {
      boolean japanese = JapaneseScript.containsJapanese(r.text());
      if (r.detector().equals(EnglishPersonDetector.NAME)) {
        assertFalse(japanese || r.lang().equals("ja"), r::toString);
      } else {
        assertTrue(japanese && r.lang().equals("ja"), r::toString);
      }
    }
  }

  @Test
  void aDetectorsFindingsOutsideItsScopeAreDropped() {
    Detector everywhere = new Detector() {
      @Override
      public String name() {
        return "test-everywhere";
      }

      @Override
      public List<Finding> detect(DetectionText text) {
        return List.of(
            text.finding(FindingType.PERSON, null, 0, 2, "x", 0.9, name()),
            text.finding(FindingType.PERSON, null, text.length() - 5, text.length(), "y", 0.9, name()));
      }

      @Override
      public LanguageScope scope() {
        return LanguageScope.JAPANESE;
      }
    };
    String text = "山田様、いつもお世話になっております。よろしくお願いします。\n"
        + "This line is written in plain English for the test.\nThanks";
    List<Finding> kept = new DetectorSet(List.of(everywhere)).detect(text);
    assertEquals(List.of("山田"), kept.stream().map(Finding::text).toList());
  }

  @Test
  void englishSentencesCoverTheEnglishSpansOnly() {
    DetectionText text = new DetectionText(JAPANESE_MAIL_WITH_ENGLISH_SIGNATURE);
    int signature = JAPANESE_MAIL_WITH_ENGLISH_SIGNATURE.indexOf("Emily");
    List<EnglishSentence> sentences = text.englishSentences();
    assertFalse(sentences.isEmpty());
    for (EnglishSentence s : sentences) {
      assertTrue(s.start() >= signature - 3, s::toString);
    }
  }
}
