package dev.shirabe.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads an SQLite database (an application's customer list, a phone's contacts, a browser's
 * saved addresses): each table becomes an embedded document of tab-separated text, its column
 * names on the first line and one line a row, so that detection sees it as it sees a CSV export;
 * a BLOB that is not text and is large enough to be a file (a photo, a scanned form, a PDF) is
 * an embedded document of its own, named {@code table/column/row}.
 *
 * <p>Tika ships no SQLite parser in its standard package, and its separate module lags its
 * releases; the xerial driver (SQLite itself, with its native library inside the jar) reads the
 * file. The database is opened read-only and immutable: SQLite then takes no lock and writes no
 * journal, WAL or shared-memory file beside it, so a scan never changes or blocks the data it
 * reads. Schemas are not trusted (a hostile file's views and triggers never run: only tables are
 * read, and {@code trusted_schema} is off).
 */
final class SqliteParser implements Parser {

  static final MediaType SQLITE = MediaType.application("x-sqlite3");

  /** A BLOB shorter than this that is not text (a key, a hash, a flag) holds no document. */
  static final int SMALLEST_DOCUMENT = 64;

  private static final MediaType TABLE = MediaType.parse("text/plain; charset=UTF-8");

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(SQLITE);
  }

  @Override
  public void parse(
      InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    EmbeddedDocumentExtractor extractor =
        EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
    XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
    xhtml.startDocument();
    try (TemporaryResources tmp = new TemporaryResources()) {
      Path given = TikaInputStream.get(stream, tmp, metadata).getPath();
      Path file = withJournal(given, tmp);
      // A damaged table is reported after the others are read: its pages spoil no other table.
      SQLException damaged = null;
      String where = null;
      try (Connection db = open(file, !file.equals(given))) {
        for (String table : tables(db)) {
          try {
            readTable(db, table, extractor, xhtml);
          } catch (SQLException e) {
            if (damaged == null) {
              damaged = e;
              where = "table " + quote(table) + ": ";
            }
          }
        }
      } catch (SQLException e) {
        // No cause: the reason reported is the innermost cause's message, and this one says more.
        throw new TikaException("not a readable SQLite database: " + e.getMessage());
      }
      if (damaged != null) {
        throw new TikaException("SQLite " + where + damaged.getMessage());
      }
    }
    xhtml.endDocument();
  }

  /**
   * The database as its application sees it. An application that keeps its database open in
   * WAL mode (browsers, phones' backups, most desktop programs) holds its latest rows in a
   * {@code -wal} file beside it, which an immutable database is read without: then the two are
   * copied to a temporary folder and the copy is opened, so that SQLite applies the log there
   * and never beside the user's file.
   */
  private static Path withJournal(Path file, TemporaryResources tmp) throws IOException {
    Path wal = file.resolveSibling(file.getFileName() + "-wal");
    if (!Files.isRegularFile(wal) || Files.size(wal) == 0) {
      return file;
    }
    Path folder = Files.createTempDirectory("shirabe-sqlite");
    tmp.addResource(() -> {
      try (var files = Files.list(folder)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(folder);
    });
    Path copy = folder.resolve("db");
    Files.copy(file, copy);
    Files.copy(wal, folder.resolve("db-wal"));
    return copy;
  }

  /** @param copy whether the file is our copy (withJournal), else the user's own */
  private static Connection open(Path file, boolean copy) throws SQLException {
    Properties options = new Properties();
    // Read-only, and with its log beside it only when it is our copy (withJournal). Otherwise
    // the URI file name says immutable=1: no lock, no journal, no -wal or -shm file written.
    options.setProperty("open_mode", copy ? "2" : "1"); // SQLITE_OPEN_READWRITE or _READONLY
    String uri = file.toAbsolutePath().toUri().toString();
    // The driver itself, not DriverManager: its look-up by class loader fails where Shirabe's
    // classes come from another loader than the class path's (a Spark job's jar).
    Connection db = new org.sqlite.JDBC().connect("jdbc:sqlite:file:"
        + uri.substring("file:".length()) + (copy ? "" : "?immutable=1"), options);
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA trusted_schema = OFF");
      s.execute("PRAGMA cell_size_check = ON");
    } catch (SQLException e) {
      db.close();
      throw e;
    }
    return db;
  }

  /** The database's own tables, in the order they were made; SQLite's internal ones left out. */
  private static List<String> tables(Connection db) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rows = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'"
            + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  /**
   * The table's rows as one embedded document of text, streamed row by row; then its BLOBs that
   * are documents, one embedded document each (a second pass, over those columns only: an
   * embedded document cannot start while another one is being read).
   */
  private static void readTable(Connection db, String table, EmbeddedDocumentExtractor extractor,
      XHTMLContentHandler xhtml) throws SQLException, IOException, SAXException {
    String from = " FROM " + quote(table);
    List<Integer> blobColumns;
    List<String> columns;
    try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("SELECT *" + from)) {
      TableText text = new TableText(rows);
      columns = text.columns;
      Metadata part = new Metadata();
      part.set(TikaCoreProperties.RESOURCE_NAME_KEY, table);
      part.set(Metadata.CONTENT_TYPE, TABLE.toString());
      part.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, TABLE.toString());
      try (TikaInputStream in = TikaInputStream.get(text)) {
        extractor.parseEmbedded(in, xhtml, part, true);
      }
      text.failure();
      blobColumns = text.documentColumns();
    }
    for (int column : blobColumns) {
      String name = columns.get(column - 1);
      String prefix = table + "/" + name + "/";
      try {
        readDocuments(db, "SELECT rowid, " + quote(name) + from, prefix, extractor, xhtml);
      } catch (SQLException e) {
        // A WITHOUT ROWID table has no rowid: its rows are numbered as they come instead.
        if (!String.valueOf(e.getMessage()).contains("rowid")) {
          throw e;
        }
        readDocuments(db, "SELECT '#' || row_number() OVER (), " + quote(name) + from, prefix,
            extractor, xhtml);
      }
    }
  }

  /**
   * Reads each BLOB of the query's second column that is a document as an embedded document,
   * named by the prefix and the first column (the row).
   */
  private static void readDocuments(Connection db, String query, String prefix,
      EmbeddedDocumentExtractor extractor, XHTMLContentHandler xhtml)
      throws SQLException, IOException, SAXException {
    try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(query)) {
      while (rows.next()) {
        byte[] blob = rows.getBytes(2);
        if (blob == null || blob.length < SMALLEST_DOCUMENT || asText(blob) != null) {
          continue;
        }
        Metadata document = new Metadata();
        document.set(TikaCoreProperties.RESOURCE_NAME_KEY, prefix + rows.getString(1));
        try (TikaInputStream in = TikaInputStream.get(blob)) {
          extractor.parseEmbedded(in, xhtml, document, true);
        }
      }
    }
  }

  /** An identifier quoted for SQL: a table or column may be named anything, quotes included. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** The BLOB as text when it is well-formed UTF-8 without control characters, else null. */
  static String asText(byte[] blob) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(blob)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return null;
      }
    }
    return text;
  }

  /**
   * A table's rows as UTF-8 text, made as it is read: the column names, then one line a row,
   * cells separated by tabs (a tab or line break inside a value becomes a space). NULL is an
   * empty cell, and so is a BLOB that is not text (read as a document of its own when it is
   * large enough).
   */
  private static final class TableText extends InputStream {
    final List<String> columns = new ArrayList<>();
    private final ResultSet rows;
    private final boolean[] documents;
    private byte[] line;
    private int position;
    private boolean done;
    private SQLException failure;

    TableText(ResultSet rows) throws SQLException {
      this.rows = rows;
      int n = rows.getMetaData().getColumnCount();
      for (int i = 1; i <= n; i++) {
        columns.add(rows.getMetaData().getColumnName(i));
      }
      this.documents = new boolean[n];
      this.line = line(columns);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] out, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (position == line.length) {
        if (done || !nextRow()) {
          return -1;
        }
      }
      int n = Math.min(length, line.length - position);
      System.arraycopy(line, position, out, offset, n);
      position += n;
      return n;
    }

    private boolean nextRow() throws IOException {
      try {
        if (!rows.next()) {
          done = true;
          return false;
        }
        List<String> cells = new ArrayList<>(documents.length);
        for (int i = 1; i <= documents.length; i++) {
          cells.add(cell(i));
        }
        line = line(cells);
        position = 0;
        return true;
      } catch (SQLException e) {
        // Kept for the table's caller: the text read so far is kept, the failure reported.
        failure = e;
        done = true;
        return false;
      }
    }

    private String cell(int column) throws SQLException {
      Object value = rows.getObject(column);
      if (value instanceof byte[] blob) {
        String text = asText(blob);
        if (text == null && blob.length >= SMALLEST_DOCUMENT) {
          documents[column - 1] = true;
        }
        return text == null ? "" : text;
      }
      return value == null ? "" : value.toString();
    }

    private static byte[] line(List<String> cells) {
      StringBuilder line = new StringBuilder();
      for (String cell : cells) {
        if (!line.isEmpty()) {
          line.append('\t');
        }
        line.append(cell.replace('\t', ' ').replace('\r', ' ').replace('\n', ' '));
      }
      return line.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Throws what stopped the rows before their end (a damaged page), if anything did. */
    void failure() throws SQLException {
      if (failure != null) {
        throw failure;
      }
    }

    /** The columns (from 1) in which a BLOB that may be a document was seen. */
    List<Integer> documentColumns() {
      List<Integer> found = new ArrayList<>();
      for (int i = 0; i < documents.length; i++) {
        if (documents[i]) {
          found.add(i + 1);
        }
      }
      return found;
    }
  }
}
