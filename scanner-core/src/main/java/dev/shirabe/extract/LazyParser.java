package dev.shirabe.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.config.Initializable;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractEncodingDetectorParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.RenderingParser;
import org.apache.tika.renderer.Renderer;
import org.apache.tika.utils.ServiceLoaderUtils;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * One of Tika's parsers, made when a document first needs it instead of when Tika's
 * configuration loads: it answers for the parser's types, which are fixed (read from
 * {@code lazy-parsers.txt}; a test compares them with the parsers' own), and hands each
 * document to the parser, made as Tika's default parser makes it (its service loader, then the
 * configuration's encoding detector and renderer).
 *
 * <p>Making all ~80 parsers at start links POI's OOXML model, XMLBeans, PDFBox, BouncyCastle's
 * signed jars (whose signature the JVM then verifies) and more: about half of an extraction
 * process's CPU before its first file (docs/performance.md, "Start-up"), for the few formats a
 * short scan meets. The parsers keep no state, so one made later parses as one made at start.
 */
final class LazyParser implements Parser {

  /**
   * Parsers made at start as before, by class name: Tesseract's types depend on the machine
   * (whether it runs, its languages) and PDF's OCR finds it by class; Tika's mail, Outlook, CHM
   * and Access parsers find the HTML, RTF and text parsers by class among the configuration's
   * (and the extractor guards the text parser by its class), so those must be there as
   * themselves.
   */
  static final Set<String> EAGER = Set.of(
      "org.apache.tika.parser.ocr.TesseractOCRParser",
      "org.apache.tika.parser.html.JSoupParser",
      "org.apache.tika.parser.microsoft.rtf.RTFParser",
      "org.apache.tika.parser.csv.TextAndCSVParser");

  /** The parsers made lazily, by class name, with the types each supports. */
  static final Map<String, Set<MediaType>> LAZY = read("lazy-parsers.txt");

  private final String className;
  private final Set<MediaType> types;
  private final transient ServiceLoader loader;
  private final transient EncodingDetector encodings;
  private final transient Renderer renderer;
  private volatile Parser parser;

  private LazyParser(String className, Set<MediaType> types, ServiceLoader loader,
      EncodingDetector encodings, Renderer renderer) {
    this.className = className;
    this.types = types;
    this.loader = loader;
    this.encodings = encodings;
    this.renderer = renderer;
  }

  /**
   * The lazy parsers of the classes in {@link #LAZY} that this class path has, to be given the
   * encoding detector and renderer Tika's default parser gives its parsers.
   */
  static List<LazyParser> all(ServiceLoader loader, EncodingDetector encodings,
      Renderer renderer) {
    return LAZY.entrySet().stream()
        .filter(e -> present(e.getKey(), loader))
        .map(e -> new LazyParser(e.getKey(), e.getValue(), loader, encodings, renderer))
        .toList();
  }

  /** Their classes, loaded but not linked nor initialised, for Tika's default parser to leave out. */
  @SuppressWarnings("unchecked")
  static List<Class<? extends Parser>> classes(ServiceLoader loader) {
    return LAZY.keySet().stream()
        .filter(name -> present(name, loader))
        .<Class<? extends Parser>>map(name -> (Class<? extends Parser>) load(name, loader))
        .toList();
  }

  /** The class of the parser this one stands for. */
  String parserClassName() {
    return className;
  }

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return types;
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
      ParseContext context) throws IOException, SAXException, TikaException {
    parser().parse(stream, handler, metadata, context);
  }

  /** The parser, made on first use as Tika's service loader makes it, then configured. */
  Parser parser() throws TikaException {
    Parser made = parser;
    if (made == null) {
      synchronized (this) {
        made = parser;
        if (made == null) {
          try {
            made = (Parser) ServiceLoaderUtils.newInstance(
                Class.forName(className, true, loader.getLoader()), loader);
          } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            throw new TikaException("cannot make " + className, e);
          }
          if (made instanceof Initializable initializable) {
            initializable.initialize(Collections.emptyMap());
            initializable.checkInitialization(loader.getInitializableProblemHandler());
          }
          configure(made, encodings, renderer);
          parser = made;
        }
      }
    }
    return made;
  }

  /** What Tika's default parser does to each parser it makes (its private methods, in one). */
  private static void configure(Parser parser, EncodingDetector encodings, Renderer renderer) {
    if (encodings != null && parser instanceof AbstractEncodingDetectorParser p) {
      p.setEncodingDetector(encodings);
    }
    if (renderer != null && parser instanceof RenderingParser p) {
      p.setRenderer(renderer);
    }
    if (parser instanceof CompositeParser composite) {
      composite.getAllComponentParsers().forEach(p -> configure(p, encodings, renderer));
    } else if (parser instanceof ParserDecorator decorator) {
      configure(decorator.getWrappedParser(), encodings, renderer);
    }
  }

  private static Map<String, Set<MediaType>> read(String resource) {
    InputStream in = LazyParser.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing " + resource);
    }
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Map<String, Set<MediaType>> table = new LinkedHashMap<>();
      lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
        String[] fields = line.strip().split("\t");
        table.put(fields[0], Arrays.stream(fields, 1, fields.length)
            .map(MediaType::parse).collect(Collectors.toUnmodifiableSet()));
      });
      return Collections.unmodifiableMap(table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean present(String className, ServiceLoader loader) {
    try {
      load(className, loader);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static Class<?> load(String className, ServiceLoader loader) {
    try {
      return Class.forName(className, false, loader.getLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(className, e);
    }
  }
}
