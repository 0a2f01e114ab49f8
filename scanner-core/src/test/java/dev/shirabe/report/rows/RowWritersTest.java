package dev.shirabe.report.rows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared writers: one layout, every format; rows stream unless widths are measured. */
class RowWritersTest {

  record Item(String name, long count) {}

  private static RowLayout<Item> layout(boolean fixed) {
    Column<Item> name = Column.of("name", "名前", "Name", Style.TEXT, Item::name);
    Column<Item> count = Column.of("count", "件数", "Count", Style.NUMBER,
        i -> Long.toString(i.count()));
    return new RowLayout<>(List.of(fixed ? name.width(12, 2) : name,
        fixed ? count.width(6, 2) : count,
        Column.of("place", "所在", "Place", Style.PLACE, i -> "/share/" + i.name())),
        List.of(JsonField.string("name", Item::name), JsonField.number("count", Item::count)),
        true);
  }

  private static String write(RowFormat format, RowLayout<Item> layout, List<Item> items)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Medium medium = Medium.of(format, out, true);
        RowWriter<Item> rows = format.open(layout, medium)) {
      for (Item i : items) {
        rows.row(i);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void oneLayoutGivesEveryFormatItsColumnsAndFields() throws IOException {
    List<Item> items = List.of(new Item("山田", 3), new Item("a,b", 12));
    assertEquals("\uFEFF名前 (Name),件数 (Count),所在 (Place)\r\n山田,3,/share/山田\r\n"
        + "\"a,b\",12,\"/share/a,b\"\r\n", write(RowFormat.CSV, layout(false), items));
    assertEquals("{\"name\":\"山田\",\"count\":3}\n{\"name\":\"a,b\",\"count\":12}\n",
        write(RowFormat.JSONL, layout(false), items));
    // Measured widths: 山田 is four cells wide; numbers right-aligned; the place last.
    assertEquals("NAME  COUNT  PLACE\n山田      3  /share/山田\na,b      12  /share/a,b\n",
        write(RowFormat.TABLE, layout(false), items));
    String html = write(RowFormat.HTML, layout(false), items);
    assertTrue(html.contains("<td data-column=\"name\">山田</td><td class=\"num\""
        + " data-column=\"count\">3</td><td class=\"place\" data-column=\"place\">"), html);
  }

  @Test
  void aTableWithFixedWidthsStreamsAndAMeasuredOneWaitsForTheLastRow() throws IOException {
    for (boolean fixed : new boolean[] {true, false}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (Medium medium = Medium.of(RowFormat.TABLE, out, true);
          RowWriter<Item> rows = RowFormat.TABLE.open(layout(fixed), medium)) {
        for (int i = 0; i < 10_000; i++) {
          rows.row(new Item("item" + i, i));
        }
        // A scan of millions of findings must not hold them: past the medium's buffer, the
        // rows of a streaming table have reached the stream before the last one is written.
        assertEquals(fixed, out.size() > 0, fixed ? "streams" : "measures over all rows");
      }
      assertTrue(out.toString(StandardCharsets.UTF_8).lines().count() == 10_001);
    }
  }
}
