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

  @Test
  void cellsByTableRowAndColumnForValuesReadAlongAColumn() {
    String t = "山田,757491186252,03\n佐藤,770658948113,06\n";
    TableLayout layout = new TableLayout(t);
    int second = t.indexOf("770658948113");
    assertEquals(new TableLayout.Cell(0, 0, 1), layout.cellAt(t.indexOf("757491186252")),
        "a header-less export's first line is a row too");
    assertEquals(new TableLayout.Cell(0, 1, 1), layout.cellAt(second));
    assertEquals(t.length() - 1, layout.rowEnd(1));
    String tabs = "\tNo\t氏名\t番号\n\t1\t中村\n悠真\tA-1\n\t2\t佐藤\tB-2\n";
    layout = new TableLayout(tabs);
    assertEquals(new TableLayout.Cell(0, 1, 3), layout.cellAt(tabs.indexOf("A-1")),
        "a line that continues a cell belongs to its row");
    assertEquals(tabs.indexOf("\n\t2"), layout.rowEnd(1));
    assertEquals(null, new TableLayout("no table here\n").cellAt(3));
  }
}
