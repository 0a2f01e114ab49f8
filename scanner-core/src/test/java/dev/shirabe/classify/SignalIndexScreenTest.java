package dev.shirabe.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The screen that spares Kuromoji on contexts without signal words ({@link JapaneseKeys})
 * changes no result: the signals found with it are those found without it.
 */
class SignalIndexScreenTest {

  private static SignalIndex index;

  @BeforeAll
  static void open() {
    index = new SignalIndex(Policy.defaults());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static void sameWithAndWithoutScreen(String context) {
    assertEquals(index.find(context, false), index.find(context, true), context);
  }

  @Test
  void inflectedWidthFoldedAndCapitalisedSignalsAreStillFound() {
    List<String> contexts = List.of(
        "弊社は委託を受けた業務として顧客データを預かっています。",
        "委託を受けて、データをお預かりしました",
        "ｾﾐﾅｰ参加者名簿（ｱﾝｹｰﾄ回答）",
        "ＯＢ会のご案内と送別会の日程",
        "株主名簿管理人からの招集ご通知",
        "問い合わせ窓口、問合せ番号、見積り依頼",
        "健診の結果、要精密検査となりました",
        "退館時刻と入退室記録");
    for (String context : contexts) {
      assertFalse(index.find(context, false).isEmpty(), context);
      sameWithAndWithoutScreen(context);
    }
  }

  @Test
  void contextsWithoutSignalWordsAreNotAnalysed() {
    JapaneseKeys keys = new JapaneseKeys(index.signals().stream()
        .filter(s -> s.field().equals("ja")).map(SignalIndex.Signal::terms).toList());
    assertFalse(keys.mayMatch("山田太郎は東京大学で物理学を学んだ。"));
    assertTrue(keys.mayMatch("株主総会は六月に開かれる。"));
    sameWithAndWithoutScreen("山田太郎は東京大学で物理学を学んだ。");
  }

  @Test
  void keysAreTheTermsUpToTheirInflectedKana() {
    assertEquals("受", JapaneseKeys.key("受ける"));
    assertEquals("預", JapaneseKeys.key("預かる"));
    assertEquals("株主", JapaneseKeys.key("株主"));
    assertEquals("", JapaneseKeys.key("する"));
  }

  /** Every line of the sample corpus's text files, whole and in the classifier's blocks. */
  @Test
  void sampleCorpusLinesGiveTheSameSignals() throws Exception {
    Path corpus = Path.of(System.getProperty("shirabe.root", "..")).resolve("test-corpus");
    List<String> contexts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")
          || p.toString().endsWith(".csv")).sorted().toList()) {
        // Shift_JIS exports read as mojibake: still contexts, with the same signals or none.
        for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
          contexts.add(line);
          for (int at = 0; at < line.length(); at += 64) {
            contexts.add(line.substring(at, Math.min(line.length(), at + 64)));
          }
        }
      }
    }
    assertTrue(contexts.size() > 100, "lines read: " + contexts.size());
    int withSignals = 0;
    for (String context : contexts) {
      sameWithAndWithoutScreen(context);
      withSignals += index.find(context).isEmpty() ? 0 : 1;
    }
    assertTrue(withSignals > 0);
  }
}
