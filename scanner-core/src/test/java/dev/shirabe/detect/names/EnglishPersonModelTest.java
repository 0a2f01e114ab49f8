package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.EnglishSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishPersonModelTest {

  private final EnglishPersonModel model = EnglishPersonModel.standard();

  private static String[] words(String sentence) {
    return sentence.split(" ");
  }

  @Test
  void capitalisedWordsAndListedNamesInAnyCaseMayBeNames() {
    assertTrue(model.mayBeName("Carter"));
    assertTrue(model.mayBeName("YAMADA"));
    assertTrue(model.mayBeName("McDonald"));
    assertTrue(model.mayBeName("emily")); // social media writes names in lower case
    assertFalse(model.mayBeName("renewal"));
    assertFalse(model.mayBeName("2024"));
    assertFalse(model.mayBeName(","));
  }

  @Test
  void onlyTheWordsAroundAPossibleNameAreRead() {
    String[] words = words("we are to review it and send it back to Carter after a renewal of our"
        + " annual maintenance agreement has been signed by both");
    List<int[]> windows = model.windows(words);
    assertEquals(1, windows.size());
    int carter = List.of(words).indexOf("Carter");
    assertArrayEquals(new int[] {carter - EnglishPersonModel.MARGIN, carter + EnglishPersonModel.MARGIN + 1},
        windows.get(0));
    assertTrue(model.windows(words("it has been signed and sent back by courier")).isEmpty());
  }

  @Test
  void windowsThatMeetAreOneAndDistantOnesStayApart() {
    String[] near = words("it was Carter who sent it to Bennett for review");
    assertEquals(1, model.windows(near).size());
    assertArrayEquals(new int[] {0, near.length}, model.windows(near).get(0));
    String[] far = words("Carter sent it back to us with a few notes about it for review by"
        + " our team at Bennett");
    List<int[]> windows = model.windows(far);
    assertEquals(2, windows.size());
    assertArrayEquals(new int[] {0, EnglishPersonModel.MARGIN + 1}, windows.get(0));
    assertEquals(far.length, windows.get(1)[1]);
  }

  @Test
  void aNameDeepInALongSentenceKeepsItsTokenOffsets() {
    String text = "as agreed on the phone we will review the draft and send it back to Emily Carter"
        + " after the renewal of our annual maintenance agreement has been signed";
    List<EnglishSentence> sentences = new DetectionText(text).englishSentences();
    List<EnglishPersonModel.Found> found = model.find(sentences).get(0);
    assertEquals(1, found.size(), found::toString);
    EnglishSentence sentence = sentences.get(0);
    assertEquals("Emily", sentence.token(found.get(0).start()).text());
    assertEquals("Carter", sentence.token(found.get(0).end() - 1).text());
  }

  @Test
  void textWithoutCapitalsOrListedNamesHoldsNoName() {
    assertFalse(model.mayHoldName("2024-01-01 12:00:03 debug: retry 3, timeout 500 ms; error level"));
    assertFalse(model.mayHoldName(""));
    assertTrue(model.mayHoldName("2024-01-01 12:00:03 debug: retry by Carter"));
    assertTrue(model.mayHoldName("lol met emily at the game")); // a listed name in lower case
    assertTrue(model.mayHoldName("debug: retry by emily's team")); // within a token
    assertTrue(model.mayHoldName("debug: timeout-anne")); // a joined piece
  }

  /** Runs of kana and kanji are passed over; a listed name between them is still seen. */
  @Test
  void japaneseTextHoldsAnEnglishNameOnlyInItsLatinLetters() {
    assertFalse(model.mayHoldName("山田太郎は東京都の出身で、ジョン・ケリーと会った。"));
    assertTrue(model.mayHoldName("山田太郎は emily と会った。"));
    assertTrue(model.mayHoldName("山田太郎、emily-anne、佐藤")); // a joined piece
    assertTrue(model.mayHoldName("山田太郎はEmilyと会った。")); // a capital, wherever it stands
  }

  @Test
  void theDetectorFindsNothingInTextWithoutCapitalsOrListedNames() {
    EnglishPersonDetector detector = new EnglishPersonDetector();
    assertTrue(detector.detect(new DetectionText("debug: retry 3, timeout 500 ms")).isEmpty());
    // and reads the text as before where a name may be
    assertFalse(detector.detect(new DetectionText("Dear Ms. Emily Carter, thank you.")).isEmpty());
  }
}
