package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameSplitterTest {

  private final NameSplitter splitter = new NameSplitter();

  @Test
  void splitsAKanjiNameNeitherOfWhosePartsIpadicKnows() {
    assertEquals(Optional.of("カミカヤ クニオ|kamikaya kunio|上栢 久爾夫"), splitter.kanjiName("上栢久爾夫"));
    assertEquals(Optional.of("カミカヤ クニオ|kamikaya kunio|上栢 久爾夫"), splitter.kanjiName("上栢 久爾夫"));
    assertEquals(Optional.of("マツトモ ミサキ|matsutomo misaki|松友 美佐紀"), splitter.kanjiName("松友美佐紀"));
  }

  @Test
  void prefersTheSplitIpadicKnows() {
    assertEquals(Optional.of("ヤマダ タロウ|yamada taro|山田 太郎"), splitter.kanjiName("山田太郎"));
  }

  @Test
  void readsNoSplitItDoesNotKnow() {
    assertEquals(Optional.empty(), splitter.kanjiName("会議室"));
    assertEquals(Optional.empty(), splitter.kanjiName("Yamada"));
  }

  @Test
  void splitsAKanaNameAtTheMostCommonReadings() {
    assertEquals(List.of("マツトモ", "ミサキ"), splitter.kanaParts("マツトモミサキ"));
    assertEquals(List.of("マツトモ", "ミサキ"), splitter.kanaParts("まつともみさき"));
    assertEquals(List.of("スズキ", "イチロウ"), splitter.kanaParts("スズキイチロウ"));
    assertEquals(List.of(), splitter.kanaParts("マツトモ ミサキ"));
  }
}
