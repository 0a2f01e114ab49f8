package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.extract.forked.ForkedExtractor;
import dev.shirabe.source.SourceFile;
import dev.shirabe.source.SourceItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An item that is only a stream (no local file behind it) gives the same parts and problems as
 * the file it was read from: containers, mail and office files, which Tika spools to a
 * temporary file where a parser needs random access.
 */
class StreamExtractionTest {

  @TempDir Path dir;

  /** The file's bytes as a stream only: what another source's item offers. */
  private record StreamOnly(SourceFile local) implements SourceItem {
    @Override
    public Path path() {
      return local.path();
    }

    @Override
    public Path root() {
      return local.root();
    }

    @Override
    public long size() {
      return local.size();
    }

    @Override
    public FileTime lastModified() {
      return local.lastModified();
    }

    @Override
    public InputStream open() throws IOException {
      return local.open();
    }
  }

  private static Extraction extract(Extractor extractor, SourceItem item) throws Exception {
    Extraction result = new Extraction();
    extractor.extract(item, result);
    return result;
  }

  private static List<Path> corpus() throws IOException {
    String root = System.getProperty("shirabe.repo");
    Path corpus = (root != null ? Path.of(root) : Path.of("..")).resolve("test-corpus");
    try (Stream<Path> files = Files.walk(corpus)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void theCorpusReadAsStreamsGivesTheSamePartsAsReadAsFiles() throws Exception {
    TikaExtractor tika = new TikaExtractor(ExtractionLimits.DEFAULTS);
    List<Path> files = corpus();
    assertTrue(files.size() > 20, "the sample corpus is there");
    int containers = 0;
    for (Path file : files) {
      SourceFile local = SourceFile.of(file);
      Extraction fromFile;
      try {
        fromFile = extract(tika, local);
      } catch (ExtractionException e) {
        ExtractionException fromStream =
            assertThrows(ExtractionException.class, () -> extract(tika, new StreamOnly(local)));
        assertEquals(e.getMessage(), fromStream.getMessage(), file.toString());
        continue;
      }
      Extraction fromStream = extract(tika, new StreamOnly(local));
      assertEquals(fromFile.parts, fromStream.parts, file.toString());
      assertEquals(fromFile.problems, fromStream.problems, file.toString());
      if (fromFile.parts.size() > 1) {
        containers++;
      }
    }
    assertTrue(containers >= 3, "mail, archives and attachments were among them: " + containers);
  }

  @Test
  void anExtractionProcessReadsAStreamItemFromACopy() throws Exception {
    Path zip = Files.write(dir.resolve("members.zip"), Fixtures.zip(java.util.Map.of(
        "a.txt", Fixtures.utf8("佐藤花子 090-1111-2222"))));
    SourceFile local = SourceFile.of(zip);
    try (ForkedExtractor forked =
        new ForkedExtractor(ExtractionLimits.DEFAULTS, 1, List.of(), line -> {})) {
      Extraction fromStream = extract(forked, new StreamOnly(local));
      assertEquals(extract(forked, local).parts, fromStream.parts);
      assertFalse(fromStream.parts.isEmpty());
    }
  }

  @Test
  void aStreamThatCannotBeOpenedFailsTheItemWithTheReason() {
    SourceItem denied = new StreamOnly(new SourceFile(dir.resolve("x.txt"), dir, 3,
        FileTime.fromMillis(0)));
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> extract(new TikaExtractor(ExtractionLimits.DEFAULTS), denied));
    assertTrue(e.getMessage().contains("NoSuchFileException"), e.getMessage());
  }
}
