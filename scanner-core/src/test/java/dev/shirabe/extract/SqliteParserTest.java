package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Part;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite databases are read table by table, without a byte written beside them. */
class SqliteParserTest {

  @TempDir Path dir;

  private static Connection create(Path file) throws SQLException {
    return new org.sqlite.JDBC().connect("jdbc:sqlite:" + file, new Properties());
  }

  private static void execute(Connection db, String... statements) throws SQLException {
    try (Statement s = db.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  private static void insert(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  private List<String> folder() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A part's text without the blank lines its parser puts around it. */
  private static String rows(Extraction read, String locator) {
    return read.part(locator).text().replaceAll("^\\n+|\\n+$", "") + "\n";
  }

  @Test
  void eachTableIsAPartOfTabSeparatedRowsUnderItsColumnNames() throws Exception {
    Path file = dir.resolve("crm.db");
    try (Connection db = create(file)) {
      execute(db,
          "CREATE TABLE 顧客 (id INTEGER PRIMARY KEY, 氏名 TEXT, 電話 TEXT, メモ BLOB)",
          "CREATE TABLE \"odd \"\"name\" (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID");
      insert(db, "INSERT INTO 顧客 VALUES (1, ?, ?, ?)", "山田 太郎", "03-1234-5678",
          "東京都千代田区\t丸の内1-1-1".getBytes(StandardCharsets.UTF_8));
      insert(db, "INSERT INTO 顧客 VALUES (2, ?, NULL, NULL)", "佐藤\n花子");
      insert(db, "INSERT INTO \"odd \"\"name\" VALUES ('a', ?)", "Jane Roe");
    }
    Extraction read = Extraction.of(file);
    assertEquals(List.of("顧客", "odd \"name"), read.locators());
    assertEquals(
        "id\t氏名\t電話\tメモ\n1\t山田 太郎\t03-1234-5678\t東京都千代田区 丸の内1-1-1\n2\t佐藤 花子\t\t\n",
        rows(read, "顧客"));
    assertEquals("k\tv\na\tJane Roe\n", rows(read, "odd \"name"));
    assertEquals(List.of(), read.problems);
  }

  @Test
  void aBlobThatIsADocumentIsReadAsOne() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("letter.txt"));
      out.write("拝啓 鈴木一郎様 電話 090-1111-2222".getBytes(StandardCharsets.UTF_8));
    }
    Path file = dir.resolve("files.db");
    try (Connection db = create(file)) {
      execute(db, "CREATE TABLE attachments (name TEXT, data BLOB, hash BLOB)",
          "CREATE TABLE keyed (k TEXT PRIMARY KEY, data BLOB) WITHOUT ROWID");
      insert(db, "INSERT INTO attachments VALUES (?, ?, ?)", "letters.zip", zip.toByteArray(),
          new byte[] {(byte) 0xff, 0, 1, 2});
      insert(db, "INSERT INTO keyed VALUES ('a', NULL)");
      insert(db, "INSERT INTO keyed VALUES ('b', ?)", (Object) zip.toByteArray());
    }
    Extraction read = Extraction.of(file);
    assertEquals("name\tdata\thash\nletters.zip\t\t\n", rows(read, "attachments"));
    assertTrue(read.part("attachments/data/1" + Part.SEPARATOR + "letter.txt").text().contains("鈴木一郎様"),
        read.locators().toString());
    // A table without rowids numbers its rows as they come.
    assertTrue(read.part("keyed/data/#2" + Part.SEPARATOR + "letter.txt").text().contains("鈴木一郎様"),
        read.locators().toString());
  }

  /**
   * An application that has its database open in WAL mode keeps its latest rows in the log
   * beside it: they are read, and neither the database nor its folder changes.
   */
  @Test
  void rowsStillInTheWriteAheadLogAreReadAndNothingIsWrittenBesideTheFile() throws Exception {
    Path file = dir.resolve("app.db");
    try (Connection writer = create(file)) {
      execute(writer, "PRAGMA journal_mode = WAL", "PRAGMA wal_autocheckpoint = 0",
          "CREATE TABLE people (name TEXT)");
      insert(writer, "INSERT INTO people VALUES (?)", "高橋 誠");
      assertTrue(Files.size(dir.resolve("app.db-wal")) > 0, "the rows are in the log");
      List<String> before = folder();
      byte[] bytes = Files.readAllBytes(file);
      FileTime modified = Files.getLastModifiedTime(file);

      Extraction read = Extraction.of(file);

      assertTrue(read.part("people").text().contains("高橋 誠"), read.text());
      assertEquals(before, folder());
      assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(file)));
      assertEquals(modified, Files.getLastModifiedTime(file));
    }
    // And a database not open anywhere is read in place, with nothing made beside it.
    List<String> closed = folder();
    Extraction.of(file);
    assertEquals(closed, folder());
  }

  @Test
  void aDamagedTableIsReportedAndTheOthersAreRead() throws Exception {
    Path file = dir.resolve("damaged.db");
    try (Connection db = create(file)) {
      execute(db, "PRAGMA page_size = 1024", "CREATE TABLE a (v TEXT)",
          "CREATE TABLE b (v TEXT)");
      for (int i = 0; i < 200; i++) {
        insert(db, "INSERT INTO a VALUES (?)", "row " + i + " of a, long enough to fill pages");
      }
      insert(db, "INSERT INTO b VALUES (?)", "山田 太郎");
    }
    // Pages 2.. hold table a's tree (made first); overwrite one of its leaves with noise.
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(3 * 1024L);
      raf.write("not a b-tree page at all, only noise ".repeat(27).getBytes(StandardCharsets.US_ASCII));
    }
    Extraction read = Extraction.of(file);
    assertTrue(read.part("b").text().contains("山田 太郎"), read.locators().toString());
    assertEquals(1, read.problems.size(), read.problems.toString());
    assertTrue(read.problems.get(0).reason().contains("table \"a\""), read.problems.toString());
  }

  @Test
  void aFileThatOnlyStartsLikeADatabaseFailsWithItsReason() throws Exception {
    Path file = dir.resolve("fake.db");
    byte[] bytes = new byte[4096];
    byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(magic, 0, bytes, 0, magic.length);
    java.util.Arrays.fill(bytes, magic.length, bytes.length, (byte) 0x5a);
    Files.write(file, bytes);
    ExtractionException e = assertThrows(ExtractionException.class, () -> Extraction.of(file));
    assertTrue(e.getMessage().contains("SQLite"), e.getMessage());
    assertFalse(e.getMessage().isBlank());
  }
}
