package dev.shirabe.extract;

import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.Part;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts with Tika's auto-detection, in this JVM. Every embedded document (a mail of an
 * archive, an attachment, a ZIP member) is parsed on its own and becomes a part of its own,
 * emitted as soon as it is complete, so an archive streams through in bounded memory.
 *
 * <p>Tika is used as it comes, except where it reads Japanese mail archives wrong: text
 * charsets go through {@link JapaneseEncodingDetector} (which also reports text that no charset
 * reads cleanly), BOM-less UTF-16 and UTF-32 are recognised as text by
 * {@link UnicodeTextDetector}, mbox archives through
 * {@link MboxSplitter} (recognised by {@link MboxDetector} too), and PST folders are read from
 * the parser's output by {@link PstFolders}. Scanned images and image-only PDF pages are read
 * by Tesseract when {@link Ocr} finds it; without it they are reported ({@link ImageOnly}).
 *
 * <p>The time limit is checked as text and embedded documents arrive, so a parser stuck
 * without producing text is not stopped here, nor is one that runs out of memory: a scan runs
 * this extractor in child processes ({@link dev.shirabe.extract.forked.ForkedExtractor}) that
 * are killed when that happens. The limit here lets a slow file end with what it gave so far.
 *
 * <p>Thread-safe: each call builds its own parse context.
 */
public final class TikaExtractor implements Extractor {

  static final String ENCRYPTED = "encrypted: cannot be read without its password";

  private final Parser parser;
  private final EncodingDetector encodings;
  private final ExtractionLimits limits;
  private final Ocr ocr;

  public TikaExtractor(ExtractionLimits limits) {
    this(limits, TikaParts.defaults());
  }

  /**
   * With Tika's default configuration made beforehand (an extraction process loads it while it
   * waits for its limits).
   */
  public TikaExtractor(ExtractionLimits limits, TikaParts tika) {
    this.ocr = Ocr.of(limits.ocr());
    Detector detector =
        new CompositeDetector(
            tika.registry(),
            List.of(
                new MboxDetector(),
                // Tika's detector, its magic tests prefiltered: same answers, less CPU.
                PrefilteredMimeTypes.inPlaceOf(tika.detector(), tika.registry()),
                new UnicodeTextDetector()));
    // Later parsers take a type over from earlier ones: ours read mbox, SQLite, text padded with NULs
    // that Tika takes for binary and, when Tesseract is there, scanned images (in the languages
    // and time asked for).
    List<Parser> parsers =
        new ArrayList<>(List.of(tika.parser(), new MboxSplitter(), new NulPaddedText(),
            new SqliteParser()));
    if (ocr.parser() != null) {
      parsers.add(ocr.parser());
    }
    this.encodings =
        new JapaneseEncodingDetector(List.of(new HtmlEncodingDetector()), tika.encodings());
    this.limits = limits;
    this.parser =
        new FixedChoiceParser(detector, new CompositeParser(tika.registry(), parsers), context());
  }

  /** A parse context as every file's starts: encodings, PDF and OCR settings (not the parser). */
  ParseContext context() {
    ParseContext context = new ParseContext();
    context.set(EncodingDetector.class, encodings);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(false);
    ocr.configure(context, pdf);
    context.set(PDFParserConfig.class, pdf);
    return context;
  }

  /** The parser of every file, for tests. */
  Parser parser() {
    return parser;
  }

  @Override
  public void extract(SourceItem item, PartSink sink)
      throws ExtractionException, InterruptedException {
    sink = PartSink.withoutRepeats(sink);
    Path file = item.file().orElse(null);
    if (file != null && !Files.isRegularFile(file)) {
      throw new ExtractionException("not a regular file");
    }
    long size;
    try {
      // A local file is measured again: it may have grown since it was listed.
      size = file != null ? Files.size(file) : item.size();
      if (size > limits.maxFileBytes()) {
        throw new ExtractionException(
            "larger than the limit of " + limits.maxFileBytes() + " bytes; not read");
      }
    } catch (IOException e) {
      throw new ExtractionException(PartAssembly.reason(e), e);
    }
    Session session = new Session(sink, size);
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, String.valueOf(item.path().getFileName()));
    TextCollector text = session.collector();
    String failure = null;
    Throwable cause = null;
    try (TikaInputStream stream = open(item, metadata)) {
      session.parse(stream, text, metadata);
    } catch (ZeroByteFileException e) {
      return; // nothing to scan, nothing wrong
    } catch (EncryptedDocumentException e) {
      failure = ENCRYPTED;
    } catch (Exception | StackOverflowError | LinkageError e) {
      // A parser that overflows the stack or misses an optional library fails this file only.
      failure = session.budget.spent() != null ? session.budget.spent() : reason(e);
      cause = e;
    }
    session.interruptIfAsked();
    Map<String, String> headers = Map.of();
    if (session.isMail(metadata)) {
      try (InputStream in = new BufferedInputStream(item.open())) {
        headers = MailHeaders.peek(in);
      } catch (IOException e) {
        // Tika's decoding of the headers is used instead.
      }
    }
    if (failure == null) {
      failure = UnreadContent.format(metadata);
    }
    if (failure == null && session.emitted == 0 && !holdsText(text.text())) {
      failure = silentMarkup(size, metadata);
      if (failure != null) {
        sink.problem("", failure);
        return;
      }
    }
    if (failure == null && !ocr.available()) {
      failure = ImageOnly.reason(metadata, holdsText(text.text()), false, file);
    }
    if (failure != null) {
      if (!holdsText(text.text()) && session.emitted == 0) {
        throw new ExtractionException(failure, cause);
      }
      // Read in part: keep what was extracted, and say why the rest is missing.
      sink.problem("", failure);
    }
    session.emit("", text, metadata, headers);
  }

  /** Why a parse failed, in one line: OCR's time limit in words, else the innermost cause. */
  private String reason(Throwable e) {
    String ocrTimeout = ocr.timeout(e);
    return ocrTimeout != null ? ocrTimeout : PartAssembly.reason(e);
  }

  /**
   * The item's bytes for Tika. A local file is handed over as a file: a parser that needs random
   * access (ZIP, OOXML, PST, OLE) reads it in place, without a copy. Any other item is its
   * stream, which Tika copies to a temporary file only when a parser asks for one (closing the
   * stream removes it).
   */
  private static TikaInputStream open(SourceItem item, Metadata metadata) throws IOException {
    Path file = item.file().orElse(null);
    if (file != null) {
      return TikaInputStream.get(file);
    }
    return TikaInputStream.get(item.open(), new TemporaryResources(), metadata);
  }

  /**
   * Whether a text holds a letter or a digit: zeros read as text (a zip bomb's members) or a
   * page of punctuation hold no personal data, and analysing them would cost what a bomb wants.
   */
  static boolean holdsText(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why a document that gave no text at all is suspect, or null. An RTF or HTML file of some
   * size is written to hold text; when its parser gives none (Tika's RTF parser drops text
   * nested too deeply, for one), saying so keeps "nothing found" from hiding "could not look".
   * So is an OLE2 or OOXML container that Tika could not tell the kind of (Ichitaro's .jtd
   * files are OLE2 documents Tika does not know): its generic parser lists no text from it.
   */
  private static String silentMarkup(long size, Metadata metadata) {
    String type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE));
    if (type.startsWith("application/x-tika-msoffice")
        || type.startsWith("application/x-tika-ooxml")) {
      return unknownContainer(type) + ", of " + size + " bytes";
    }
    String kind = type.startsWith("application/rtf") ? "RTF"
        : type.startsWith("text/html") || type.startsWith("application/xhtml") ? "HTML" : null;
    if (kind == null || size < 1024) {
      return null;
    }
    return "no text could be extracted from this " + kind + " file of " + size
        + " bytes; it may be damaged or nested too deeply";
  }

  private static String unknownContainer(String type) {
    return "no text could be extracted from this " + (type.contains("ooxml") ? "OOXML" : "OLE2")
        + " document of a kind not known here (Ichitaro's .jtd is one)";
  }

  /**
   * Why an attachment or archive member that gave no text, itself or its members, was not
   * read, or null: as at the file's level, an OLE2 or OOXML container of a kind Tika could not
   * tell. Only the generic types themselves: the objects an office document embeds (an
   * equation, a package) are typed {@code application/x-tika-msoffice-embedded} and hold no
   * document text to miss.
   */
  private static String silentMember(Metadata metadata) {
    MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
    if (type == null) {
      return null;
    }
    String base = type.getBaseType().toString();
    return base.equals("application/x-tika-msoffice") || base.equals("application/x-tika-ooxml")
        ? unknownContainer(base) : null;
  }

  /** The state of one file's extraction: its context, its position in the embedding tree. */
  private final class Session implements EmbeddedDocumentExtractor {
    final PartSink sink;
    final ParseContext context = context();
    final Budget budget = new Budget(limits.maxFileChars(), limits.maxTime());

    /** Locator segments of the embedded documents being parsed, outermost first. */
    final ArrayDeque<String> path = new ArrayDeque<>();

    /** For the file and each level of {@link #path}: its parse's output and its children. */
    final ArrayDeque<Level> levels = new ArrayDeque<>();

    int emitted;
    boolean interrupted;

    /** What the file's embedded documents may inflate to, all together. */
    final InflationLimit.Total inflated;

    Session(PartSink sink, long fileBytes) {
      this.sink = sink;
      this.inflated = InflationLimit.forFile(fileBytes, limits.maxEntryBytes(), budget);
      context.set(Parser.class, parser);
      context.set(EmbeddedDocumentExtractor.class, this);
    }

    TextCollector collector() {
      return new TextCollector(limits.maxPartChars(), budget);
    }

    /** Parses one document, the file's or an embedded one, keeping track of its children. */
    void parse(TikaInputStream stream, TextCollector text, Metadata metadata)
        throws IOException, SAXException, TikaException {
      PstFolders folders = new PstFolders(text);
      levels.addLast(new Level(folders));
      try {
        parser.parse(stream, folders, metadata, context);
      } finally {
        levels.removeLast();
      }
    }

    /**
     * An RFC 822 mail: a mail file (once parsed), a mail of an archive, a mail attached to a
     * mail (before it is parsed, when the container says what it is).
     */
    boolean isMail(Metadata metadata) {
      for (String type :
          List.of(
              String.valueOf(metadata.get(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE)),
              String.valueOf(metadata.get(Metadata.CONTENT_TYPE)))) {
        if (type.startsWith("message/rfc822")) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return true;
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
        throws SAXException, IOException {
      // Checked here too: a container of documents without text would never write.
      stopIfSpent();
      Level parent = levels.getLast();
      try (TemporaryResources tmp = new TemporaryResources()) {
        // A container's own stream (a PST message, an OLE entry) must reach its parser as it
        // is: wrapping it would lose the open container the parser reads from.
        TikaInputStream tis = TikaInputStream.cast(stream);
        if (tis == null || (tis.getOpenContainer() == null && !tis.hasFile())) {
          // An archive member or a decompressed stream: counted as it inflates.
          tis = TikaInputStream.get(
              new InflationLimit(CloseShieldInputStream.wrap(stream), limits.maxEntryBytes(),
                  inflated),
              tmp, metadata);
        }
        String name = String.valueOf(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
        boolean mail = isMail(metadata) || name.toLowerCase(Locale.ROOT).endsWith(".eml");
        Map<String, String> headers = mail ? MailHeaders.peek(tis) : Map.of();
        String segment =
            PartAssembly.segment(
                metadata, parent.children + 1, headers.get("Subject"), parent.folders.path());
        parseEmbedded(tis, metadata, parent.child(segment), headers);
      }
    }

    private void parseEmbedded(
        TikaInputStream tis, Metadata metadata, String segment, Map<String, String> headers)
        throws SAXException, IOException {
      String locator = locatorWith(segment);
      if (path.size() >= limits.maxDepth()) {
        sink.problem(
            locator, "nested deeper than the limit of " + limits.maxDepth() + "; not read");
        return;
      }
      path.addLast(segment);
      TextCollector text = collector();
      int emittedBefore = emitted;
      try {
        parse(tis, text, metadata);
        String unsupported = UnreadContent.format(metadata);
        if (unsupported != null) {
          sink.problem(locator, unsupported);
        }
        if (!ocr.available()) {
          String unread = ImageOnly.reason(
              metadata, holdsText(text.text()), true, tis.hasFile() ? tis.getPath() : null);
          if (unread != null) {
            sink.problem(locator, unread);
          }
        }
      } catch (EncryptedDocumentException e) {
        sink.problem(locator, ENCRYPTED);
      } catch (ZeroByteFileException e) {
        // an empty attachment: nothing to scan
      } catch (Exception | StackOverflowError | LinkageError e) {
        if (budget.spent() == null && !interrupted) {
          sink.problem(locator, reason(e));
        }
      } finally {
        path.removeLast();
      }
      try {
        emit(locator, text, metadata, headers);
        String silent = emitted == emittedBefore ? silentMember(metadata) : null;
        if (silent != null) {
          sink.problem(locator, silent);
        }
      } catch (InterruptedException e) {
        interrupted = true;
        Thread.currentThread().interrupt();
      }
      if (interrupted) {
        throw new SAXException("interrupted");
      }
      // Stops the containers too; the file reports the reason once.
      stopIfSpent();
    }

    /**
     * Throws when the file's budget is spent. As a SAXException, which containers pass on:
     * some of them carry on after an embedded document's IOException.
     */
    private void stopIfSpent() throws SAXException {
      try {
        budget.check();
      } catch (IOException e) {
        throw new SAXException(e.getMessage());
      }
    }

    private String locatorWith(String segment) {
      if (path.isEmpty()) {
        return segment;
      }
      return String.join(Part.SEPARATOR, path) + Part.SEPARATOR + segment;
    }

    void emit(String locator, TextCollector text, Metadata metadata, Map<String, String> headers)
        throws InterruptedException {
      String encoding = metadata.get(JapaneseEncodingDetector.PROBLEM);
      if (encoding != null) {
        sink.problem(locator, encoding);
      }
      for (String member : UnreadContent.members(metadata)) {
        sink.problem(locator, member);
      }
      if (text.truncated()) {
        sink.problem(locator, "text cut at the limit of " + limits.maxPartChars() + " characters");
      }
      String body = ocr.read(metadata) ? Ocr.clean(text.text()) : text.text();
      Part part = PartAssembly.part(locator, body, metadata, headers);
      if (holdsText(part.text())) {
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

  /** One document being parsed: where its PST folders are, which children it has had. */
  private static final class Level {
    final PstFolders folders;
    final Map<String, Integer> names = new HashMap<>();
    int children;

    Level(PstFolders folders) {
      this.folders = folders;
    }

    /**
     * Counts a child and makes its segment unique among its siblings ("FW: 見積 (2)"): a
     * locator must name one part, and mails share subjects, attachments names.
     */
    String child(String segment) {
      children++;
      int seen = names.merge(segment, 1, Integer::sum);
      return seen == 1 ? segment : segment + " (" + seen + ")";
    }
  }
}
