package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Font and style names of office files are no persons, whichever detector reads them. */
class OfficeStyleNamesTest {

  private static final DetectorSet DETECTORS = DetectorSet.standard();

  /** Text as Tika extracts it from docx, xlsx and PDF: font runs, style lists, a form's font. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Times New Roman Regular",
        "Font: Times New Roman, 10.5 pt",
        "Fonts used: Arial, Century, Cambria, MS Mincho, MS Gothic, Meiryo UI, Yu Gothic",
        "ＭＳ Ｐゴシック, ＭＳ ゴシック, MS Mincho, MS PGothic, 游ゴシック, 游明朝, メイリオ",
        "本文のフォントはＭＳ Ｐゴシック、見出しは游ゴシックとする。",
        "ＭＳ Ｐ明朝, MS UI Gothic, Noto Sans CJK JP, ヒラギノ角ゴ ProN W3",
        "担当: 游明朝 様",
        "Style: Normal, Heading 1, Heading 2, Title, Subtitle, List Paragraph",
        "スタイル: 標準, 見出し 1, 見出し 2, 表題 / フォント: ＭＳ 明朝",
      })
  void aFontOrAStyleIsNoPerson(String text) {
    List<Finding> persons = persons(text);
    assertTrue(persons.isEmpty(), () -> "persons in " + text + ": " + persons);
  }

  @Test
  void peopleNextToFontsAreStillFound() {
    assertEquals(List.of("Times"), texts("Dear Mr. Times, the font is Times New Roman."));
    assertEquals(List.of("山田太郎"), texts("担当: 山田太郎 様（フォント: 游明朝）"));
    assertEquals(List.of("Norman Rockwell"),
        texts("The poster by Norman Rockwell was set in Arial Bold."));
  }

  @Test
  void aNameCountsOnlyAsAWholeWordAndRunsJoinAtSpaces() {
    OfficeStyleNames names = new OfficeStyleNames(List.of("times new roman", "regular", "游明朝"));
    String text = "times new roman regular, arialdo regulars, 游明朝";
    assertTrue(names.covers(text, 6, 23), "new roman regular");
    assertTrue(names.covers(text, text.length() - 3, text.length() - 2), "游");
    assertFalse(names.covers(text, 33, 41), "regulars is no style");
    assertFalse(names.covers(text, 0, 25), "the comma is in no name");
  }

  private static List<Finding> persons(String text) {
    return DETECTORS.detect(text).stream().filter(f -> f.type() == FindingType.PERSON).toList();
  }

  private static List<String> texts(String text) {
    return persons(text).stream().map(Finding::text).toList();
  }
}
