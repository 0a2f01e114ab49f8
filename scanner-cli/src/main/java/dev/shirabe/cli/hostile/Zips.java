package dev.shirabe.cli.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zip and OOXML writing with fixed entry times, so that the same seed gives the same bytes.
 */
final class Zips {

  /** 2020-01-01T00:00:00Z: inside the DOS date range, so no extended-time field is written. */
  static final long FIXED_TIME = 1577836800000L;

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private Zips() {}

  static ZipOutputStream open(OutputStream out, Charset names) {
    ZipOutputStream zip = new ZipOutputStream(out, names);
    zip.setLevel(Deflater.BEST_COMPRESSION);
    return zip;
  }

  static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(FIXED_TIME);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }

  /** A zip of the given entries, in order. */
  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = open(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        entry(zip, e.getKey(), e.getValue());
      }
    }
    return out.toByteArray();
  }

  /**
   * A minimal Word document whose body is {@code documentXml} (a whole word/document.xml), with
   * {@code embedded} (another .docx, or null) stored under word/embeddings/ and linked as an
   * embedded package, the way Word stores an inserted document.
   */
  static byte[] docx(String documentXml, byte[] embedded) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8(XML_DECL
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Default Extension=\"docx\" ContentType=\"" + DOCX + ".document\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"" + DOCX + ".document.main+xml\"/>"
        + "</Types>"));
    parts.put("_rels/.rels", rels("rId1", RELS + "/officeDocument", "word/document.xml"));
    parts.put("word/document.xml", utf8(documentXml));
    if (embedded != null) {
      parts.put("word/_rels/document.xml.rels",
          rels("rId1", RELS + "/package", "embeddings/Microsoft_Word_Document1.docx"));
      parts.put("word/embeddings/Microsoft_Word_Document1.docx", embedded);
    }
    return zip(parts);
  }

  /** word/document.xml with one paragraph; {@code doctype} (or "") goes before the root. */
  static String documentXml(String doctype, String paragraphXml) {
    return XML_DECL + doctype
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body><w:p><w:r><w:t>" + paragraphXml + "</w:t></w:r></w:p></w:body></w:document>";
  }

  /** A minimal workbook of one sheet whose cell A1 is shared string 0 of {@code sharedStringsXml}. */
  static byte[] xlsx(String sharedStringsXml) throws IOException {
    String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8(XML_DECL
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + XLSX + ".sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + XLSX + ".worksheet+xml\"/>"
        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + XLSX + ".sharedStrings+xml\"/>"
        + "</Types>"));
    parts.put("_rels/.rels", rels("rId1", RELS + "/officeDocument", "xl/workbook.xml"));
    parts.put("xl/workbook.xml", utf8(XML_DECL + "<workbook xmlns=\"" + main + "\" xmlns:r=\""
        + RELS + "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
    parts.put("xl/_rels/workbook.xml.rels", utf8(XML_DECL
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"" + RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        + "</Relationships>"));
    parts.put("xl/worksheets/sheet1.xml", utf8(XML_DECL + "<worksheet xmlns=\"" + main + "\">"
        + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>"));
    parts.put("xl/sharedStrings.xml", utf8(sharedStringsXml));
    return zip(parts);
  }

  private static byte[] rels(String id, String type, String target) {
    return utf8(XML_DECL
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>"
        + "</Relationships>");
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
