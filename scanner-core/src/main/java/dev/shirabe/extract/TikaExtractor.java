package dev.shirabe.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts with Tika's auto-detection, in this JVM. Every embedded document (a mail of an
 * archive, an attachment, a ZIP member) is parsed on its own and becomes a part of its own,
 * emitted as soon as it is complete, so an archive streams through in bounded memory.
 *
 * <p>Thread-safe: each call builds its own parse context.
 */
public final class TikaExtractor implements Extractor {

  private final Parser parser;
  private final ExtractionLimits limits;

  public TikaExtractor(ExtractionLimits limits) {
    this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
    this.limits = limits;
  }

  @Override
  public void extract(Path file, PartSink sink) throws ExtractionException, InterruptedException {
    if (!Files.isRegularFile(file)) {
      throw new ExtractionException("not a regular file");
    }
    Session session = new Session(sink);
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(file.getFileName()));
    TextCollector text = session.collector();
    try (TikaInputStream stream = TikaInputStream.get(file)) {
      parser.parse(stream, text, metadata, session.context);
    } catch (ZeroByteFileException e) {
      return; // nothing to scan, nothing wrong
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException("encrypted: cannot be read without its password");
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      session.interruptIfAsked();
      if (text.limitReason() != null) {
        sink.problem("", text.limitReason());
      } else if (text.length() == 0 && session.emitted == 0) {
        throw new ExtractionException(PartAssembly.reason(e), e);
      } else {
        // Read in part: keep what was extracted, and say why the rest is missing.
        sink.problem("", PartAssembly.reason(e));
      }
    }
    session.interruptIfAsked();
    session.emit("", text, metadata);
  }

  /** The state of one file's extraction: its context, its position in the embedding tree. */
  private final class Session implements EmbeddedDocumentExtractor {
    final PartSink sink;
    final ParseContext context = new ParseContext();
    final long deadline = System.nanoTime() + limits.maxTime().toNanos();
    final long[] charsLeft = {limits.maxFileChars()};
    /** Locator segments of the embedded documents being parsed, outermost first. */
    final ArrayDeque<String> path = new ArrayDeque<>();
    int emitted;
    /** For each level of {@link #path} and the file itself, the children seen so far. */
    final ArrayDeque<int[]> siblings = new ArrayDeque<>(List.of(new int[1]));
    boolean interrupted;

    Session(PartSink sink) {
      this.sink = sink;
      context.set(Parser.class, parser);
      context.set(EmbeddedDocumentExtractor.class, this);
      PDFParserConfig pdf = new PDFParserConfig();
      pdf.setExtractInlineImages(false);
      context.set(PDFParserConfig.class, pdf);
    }

    private boolean isMail(Metadata metadata) {
      String type = metadata.get(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE);
      return type != null && type.startsWith("message/rfc822");
    }

    TextCollector collector() {
      return new TextCollector(limits.maxPartChars(), charsLeft, deadline);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return true;
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
        throws SAXException, IOException {
      int index = ++siblings.getLast()[0];
      try (TemporaryResources tmp = new TemporaryResources()) {
        // A container's own stream (a PST message, an OLE entry) must reach its parser as it
        // is: wrapping it would lose the open container the parser reads from.
        TikaInputStream tis = TikaInputStream.cast(stream);
        if (tis == null) {
          tis = TikaInputStream.get(CloseShieldInputStream.wrap(stream), tmp, metadata);
        }
        String subject = isMail(metadata) ? MailHeaders.peekSubject(tis) : null;
        parseEmbedded(tis, metadata, PartAssembly.segment(metadata, index, subject));
      }
    }

    private void parseEmbedded(TikaInputStream tis, Metadata metadata, String segment)
        throws SAXException {
      String locator = locatorWith(segment);
      if (path.size() >= limits.maxDepth()) {
        sink.problem(locator, "nested deeper than the limit of " + limits.maxDepth());
        return;
      }
      path.addLast(segment);
      siblings.addLast(new int[1]);
      TextCollector text = collector();
      try {
        parser.parse(tis, text, metadata, context);
      } catch (EncryptedDocumentException e) {
        sink.problem(locator, "encrypted: cannot be read without its password");
      } catch (ZeroByteFileException e) {
        // an empty attachment: nothing to scan
      } catch (IOException | SAXException | TikaException | RuntimeException e) {
        sink.problem(locator, text.limitReason() != null ? text.limitReason() : PartAssembly.reason(e));
      } finally {
        path.removeLast();
        siblings.removeLast();
      }
      try {
        emit(locator, text, metadata);
      } catch (InterruptedException e) {
        interrupted = true;
        Thread.currentThread().interrupt();
        throw new SAXException("interrupted");
      }
    }

    private String locatorWith(String segment) {
      if (path.isEmpty()) {
        return segment;
      }
      return String.join(Part.SEPARATOR, path) + Part.SEPARATOR + segment;
    }

    void emit(String locator, TextCollector text, Metadata metadata) throws InterruptedException {
      if (text.truncated()) {
        sink.problem(locator, "text cut at the limit of " + limits.maxPartChars() + " characters");
      }
      Part part = PartAssembly.part(locator, text.text(), metadata);
      if (!part.text().isBlank()) {
        emitted++;
        sink.part(part);
      }
    }

    void interruptIfAsked() throws InterruptedException {
      if (interrupted || Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("extraction interrupted");
      }
    }
  }
}
