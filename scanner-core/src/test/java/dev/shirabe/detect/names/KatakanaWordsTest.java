package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KatakanaWordsTest {

  private final KatakanaWords words = KatakanaWords.standard();

  @Test
  void readsUniDicsKindsOfKatakanaWords() {
    assertTrue(words.size() > 80_000, () -> "only " + words.size() + " words");
    assertTrue((words.kinds("ゲーリング") & KatakanaWords.NAME) != 0);
    assertEquals(KatakanaWords.WORD, words.kinds("ホテル") & ~KatakanaWords.PROPER);
    assertTrue((words.kinds("マドリード") & KatakanaWords.PLACE) != 0);
    assertEquals(0, words.kinds("シェクリイ"));
    assertEquals(0, words.kinds("山田"));
  }

  @Test
  void aKatakanaNameWithAPartKnownOnlyAsAWordOrPlaceNamesNoPerson() {
    assertTrue(words.anyPartNoName(List.of("サン", "マイクロシステムズ")));
    assertTrue(words.anyPartNoName(List.of("レアル", "マドリード")));
    assertTrue(words.anyPartNoName(List.of("ジョンソン", "エンド", "ジョンソン")));
    assertTrue(words.anyPartNoName(List.of("マドラサ")));
    assertFalse(words.anyPartNoName(List.of("ヘルマン", "グロスマン")));
    // After a first name, the last part may be a word: ピット is a pit too.
    assertFalse(words.anyPartNoName(List.of("ブラッド", "ピット")));
    // Parts UniDic does not know say nothing.
    assertFalse(words.anyPartNoName(List.of("シェクリイ")));
    assertFalse(words.anyPartNoName(List.of()));
  }

  @Test
  void unknownWordsSoundLikeNamesOrLikeLoanwordsByTheirChars() {
    // Neither word is in UniDic: the three-char sequences decide.
    assertEquals(0, words.kinds("ネヴィンソン"));
    assertEquals(0, words.kinds("スマートウォッチャー"));
    assertTrue(words.nameLikeness("ネヴィンソン") > 0.5, () -> "" + words.nameLikeness("ネヴィンソン"));
    assertTrue(words.nameLikeness("スマートウォッチャー") < words.nameLikeness("ネヴィンソン"));
    assertEquals(0, words.nameLikeness("山田"));
  }
}
