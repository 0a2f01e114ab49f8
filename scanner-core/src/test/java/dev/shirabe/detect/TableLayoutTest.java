package dev.shirabe.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TableLayoutTest {

  private static String headOf(String text, String value) {
    return new TableLayout(text).columnHeader(text.indexOf(value));
  }

  @Test
  void tabRowsAsTikaWritesThem() {
    String t = "顧客一覧\n\t氏名\t電話\tFAX番号\n\t山田\t03-5555-0101\t03-5555-0102\n";
    assertEquals("FAX番号", headOf(t, "03-5555-0102"));
    assertEquals("電話", headOf(t, "03-5555-0101"));
    assertEquals("", headOf(t, "氏名"), "the header row has no head");
    assertEquals("", headOf(t, "顧客一覧"), "a title line is in no table");
  }

  @Test
  void aCellHoldingALineBreakContinuesItsRow() {
    String t = "\tNo\t氏名\t番号\t連絡先\n\t1\t中村\n悠真\tA-1\t090-5555-0651\n\t2\t佐藤\tB-2\t080-5555-0652\n";
    assertEquals("連絡先", headOf(t, "090-5555-0651"));
    assertEquals("番号", headOf(t, "A-1"));
    assertEquals("連絡先", headOf(t, "080-5555-0652"));
  }

  @Test
  void commaSeparatedRowsWithQuotes() {
    String t = "会社,部署,TEL,FAX\n\"Acme, Inc.\",Sales,03-5555-0401,03-5555-0402\n"
        + "\"Beta, Ltd.\",Legal,03-5555-0403,03-5555-0404\n";
    assertEquals("FAX", headOf(t, "03-5555-0402"));
    assertEquals("TEL", headOf(t, "03-5555-0403"));
  }

  @Test
  void proseWithCommasIsNoTable() {
    String t = "Dear John, thanks, and see you soon.\nCall 03-5555-0401 today.\n";
    assertEquals("", headOf(t, "03-5555-0401"));
  }
}
