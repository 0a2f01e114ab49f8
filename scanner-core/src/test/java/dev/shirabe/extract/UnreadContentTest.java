package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Part;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file or member that nothing could read is reported, never passed over as if it held
 * nothing: formats Tika knows but has no parser for, and encrypted zip entries.
 */
class UnreadContentTest {

  private static final byte[] LINE = "山田太郎 090-1234-5678\n".getBytes(StandardCharsets.UTF_8);

  /** A RAR archive's signature and bytes after it: Tika knows the format, no parser reads it. */
  private static byte[] rar() {
    byte[] bytes = new byte[600];
    new Random(3).nextBytes(bytes);
    byte[] signature = {'R', 'a', 'r', '!', 0x1A, 0x07, 0x00};
    System.arraycopy(signature, 0, bytes, 0, signature.length);
    return bytes;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void aFileOfAFormatNoParserReadsFailsSayingWhich(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("archive.rar"), rar());
    ExtractionException e = assertThrows(ExtractionException.class, () -> Extraction.of(file));
    assertTrue(e.getMessage().contains("application/x-rar-compressed"), e.getMessage());
    byte[] zstd = new byte[200];
    new Random(4).nextBytes(zstd);
    zstd[0] = 0x28;
    zstd[1] = (byte) 0xB5;
    zstd[2] = 0x2F;
    zstd[3] = (byte) 0xFD;
    Path zst = Files.write(dir.resolve("export.csv.zst"), zstd);
    e = assertThrows(ExtractionException.class, () -> Extraction.of(zst));
    assertTrue(e.getMessage().contains("application/zstd"), e.getMessage());
  }

  @Test
  void aMemberOfSuchAFormatIsReportedAndItsSiblingsRead(@TempDir Path dir) throws Exception {
    assertOnlyMemberReported(dir, "old.rar", rar(), "application/x-rar-compressed");
  }

  /**
   * A zip of {@code member} and a text beside it: the text is read, and the member is the one
   * problem, its reason holding {@code reason}.
   */
  private static void assertOnlyMemberReported(Path dir, String member, byte[] bytes,
      String reason) throws Exception {
    Path file = Files.write(dir.resolve("backup.zip"), zip(Map.of(member, bytes, "list.txt", LINE)));
    Extraction read = Extraction.of(file);
    assertTrue(read.text().contains("090-1234-5678"));
    assertEquals(1, read.problems.size(), read.problems.toString());
    assertEquals(member, read.problems.get(0).locator());
    assertTrue(read.problems.get(0).reason().contains(reason), read.problems.toString());
  }

  @Test
  void bytesOfNoKnownFormatAndPicturesAreNoProblem(@TempDir Path dir) throws Exception {
    byte[] random = new byte[3000];
    new Random(5).nextBytes(random);
    random[0] = 0x01; // no format's signature
    Extraction unknown = Extraction.of(Files.write(dir.resolve("blob.bin"), random));
    assertEquals(List.of(), unknown.problems);
    assertEquals(List.<Part>of(), unknown.parts);
  }

  /** Zip's general-purpose flag bit 0 set on the entry (local header and central directory). */
  @Test
  void anEncryptedZipEntryIsReported(@TempDir Path dir) throws Exception {
    byte[] zip = zip(Map.of("secret.txt", LINE));
    for (int i = 0; i + 3 < zip.length; i++) {
      if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
        zip[i + 6] |= 1;
      } else if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
        zip[i + 8] |= 1;
      }
    }
    Extraction read = Extraction.of(Files.write(dir.resolve("locked.zip"), zip));
    assertEquals(List.of(new Extraction.Problem("", TikaExtractor.ENCRYPTED)), read.problems);
  }

  /** An OLE2 file none of Tika's detectors knows the kind of (as Ichitaro's .jtd files are). */
  private static byte[] unknownOle2() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (POIFSFileSystem ole = new POIFSFileSystem()) {
      ole.createDocument(new ByteArrayInputStream(new byte[600]), "JSRV_SegmentList");
      ole.createDocument(new ByteArrayInputStream(LINE), "DocumentText");
      ole.writeFilesystem(bytes);
    }
    return bytes.toByteArray();
  }

  @Test
  void anOle2DocumentOfAnUnknownKindIsReported(@TempDir Path dir) throws Exception {
    Extraction read = Extraction.of(Files.write(dir.resolve("letter.jtd"), unknownOle2()));
    assertEquals(1, read.problems.size(), read.problems.toString());
    assertTrue(read.problems.get(0).reason().contains("OLE2"), read.problems.toString());
  }

  /** The same document sent as an attachment or kept in an archive is reported at its part. */
  @Test
  void anArchivedOle2DocumentOfAnUnknownKindIsReportedAndItsSiblingsRead(@TempDir Path dir)
      throws Exception {
    assertOnlyMemberReported(dir, "letter.jtd", unknownOle2(), "OLE2");
  }
}
