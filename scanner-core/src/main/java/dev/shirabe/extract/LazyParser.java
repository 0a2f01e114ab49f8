package dev.shirabe.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.utils.ServiceLoaderUtils;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * One of Tika's parsers, made when a document first needs it instead of when Tika's
 * configuration loads: it answers for the parser's types, which are fixed (a test compares
 * them with the parser's own), and hands each document to the parser, made as Tika's service
 * loader makes it.
 *
 * <p>For the parsers whose classes link BouncyCastle's signed jars ({@link #LAZY}): linking
 * them made the JVM verify bcpkix's signature (its 120 KB signature file, the certificate, a
 * digest of its manifest), about 150 ms of CPU in each extraction process before its first file
 * (docs/performance.md, "Start-up"), for PKCS #7 and time-stamped files few shares hold. The
 * parsers keep no state, so one made later parses as one made at start.
 */
final class LazyParser implements Parser {

  /** The parsers made lazily, by class name, with the types each supports. */
  static final Map<String, Set<MediaType>> LAZY = Map.of(
      "org.apache.tika.parser.crypto.Pkcs7Parser",
      Set.of(MediaType.application("pkcs7-signature"), MediaType.application("pkcs7-mime")),
      "org.apache.tika.parser.crypto.TSDParser",
      Set.of(MediaType.application("timestamped-data")));

  private final String className;
  private final Set<MediaType> types;
  private final transient ServiceLoader loader;
  private volatile Parser parser;

  private LazyParser(String className, Set<MediaType> types, ServiceLoader loader) {
    this.className = className;
    this.types = types;
    this.loader = loader;
  }

  /** The lazy parsers of the classes in {@link #LAZY} that this class path has. */
  static List<LazyParser> all(ServiceLoader loader) {
    return LAZY.entrySet().stream()
        .filter(e -> present(e.getKey(), loader))
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new LazyParser(e.getKey(), e.getValue(), loader))
        .toList();
  }

  /**
   * Their classes, loaded but not linked (linking is what verifies the signed jar), for Tika's
   * default parser to leave out.
   */
  @SuppressWarnings("unchecked")
  static List<Class<? extends Parser>> classes(ServiceLoader loader) {
    return all(loader).stream()
        .<Class<? extends Parser>>map(p -> (Class<? extends Parser>) load(p.className, loader))
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

  /** The parser, made on first use. */
  Parser parser() throws TikaException {
    Parser made = parser;
    if (made == null) {
      synchronized (this) {
        made = parser;
        if (made == null) {
          try {
            made = (Parser) ServiceLoaderUtils.newInstance(
                Class.forName(className, true, loader.getLoader()), loader);
          } catch (ClassNotFoundException | LinkageError e) {
            throw new TikaException("cannot make " + className, e);
          }
          parser = made;
        }
      }
    }
    return made;
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
