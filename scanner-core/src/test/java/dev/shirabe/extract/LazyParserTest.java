package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AbstractEncodingDetectorParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.renderer.CompositeRenderer;
import org.apache.tika.renderer.Renderer;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;

/**
 * Tika's configuration with some parsers made on first use gives every type the parser Tika's
 * default configuration gives it, and those parsers parse as their own.
 */
class LazyParserTest {

  @Test
  void everyParserOfTikasServiceFilesIsLazyOrKeptEager() {
    // The parsers Tika's default parser makes from its service files (one whose libraries are
    // missing, RarParser's, is left out by Tika alike).
    List<String> services = new ServiceLoader().loadStaticServiceProviders(Parser.class).stream()
        .map(p -> p.getClass().getName()).sorted().toList();
    List<String> known = java.util.stream.Stream.concat(
        LazyParser.LAZY.keySet().stream(), LazyParser.EAGER.stream()).sorted().toList();
    assertEquals(services, known);
    assertTrue(LazyParser.EAGER.stream().noneMatch(LazyParser.LAZY::containsKey));
  }

  @Test
  void aLazyParserGetsTheEncodingDetectorAndRendererOfTheConfiguration() throws Exception {
    EncodingDetector encodings = new DefaultEncodingDetector();
    Renderer renderer = new CompositeRenderer(List.of());
    int detecting = 0;
    int rendering = 0;
    for (LazyParser lazy : LazyParser.all(new ServiceLoader(), encodings, renderer)) {
      Parser made = lazy.parser();
      if (made instanceof AbstractEncodingDetectorParser p) {
        assertSame(encodings, p.getEncodingDetector(), lazy.parserClassName());
        detecting++;
      }
      if (made instanceof PDFParser p) {
        assertSame(renderer, p.getRenderer());
        rendering++;
      }
    }
    assertTrue(detecting > 0);
    assertEquals(1, rendering);
  }

  @Test
  void theLazyTypesAreTheParsersOwn() throws Exception {
    List<LazyParser> lazy = LazyParser.all(new ServiceLoader(), null, null);
    assertEquals(LazyParser.LAZY.size(), lazy.size(), "each is on the class path");
    for (LazyParser parser : lazy) {
      Parser real = (Parser) Class.forName(parser.parserClassName()).getDeclaredConstructor()
          .newInstance();
      assertEquals(real.getSupportedTypes(new ParseContext()),
          parser.getSupportedTypes(new ParseContext()), parser.parserClassName());
    }
  }

  @Test
  void everyTypeHasTheParserOfTikasDefaultConfiguration() {
    TikaParts lazy = TikaParts.defaults();
    TikaParts eager = TikaParts.of(TikaConfig.getDefaultConfig());
    Map<String, String> chosen = choice(lazy);
    assertEquals(choice(eager), chosen);
    assertTrue(chosen.containsValue("org.apache.tika.parser.pdf.PDFParser"));
    // Nothing of them is made at start: only their stand-ins are among the components.
    List<Parser> components = ((CompositeParser) lazy.parser()).getAllComponentParsers();
    assertTrue(components.stream().anyMatch(p -> p instanceof LazyParser));
    assertFalse(allLeaves(lazy.parser()).stream()
        .anyMatch(p -> LazyParser.LAZY.containsKey(p.getClass().getName())));
    // The rest is Tika's default configuration's.
    assertEquals(eager.registry().getTypes(), lazy.registry().getTypes());
    assertEquals(classes(((CompositeDetector) eager.detector()).getDetectors()),
        classes(((CompositeDetector) lazy.detector()).getDetectors()));
    assertEquals(
        classes(((CompositeEncodingDetector) eager.encodings()).getDetectors()),
        classes(((CompositeEncodingDetector) lazy.encodings()).getDetectors()));
  }

  @Test
  void aLazyParserParsesAsItsParser() throws Exception {
    for (LazyParser lazy : LazyParser.all(new ServiceLoader(), null, null)) {
      Parser real = (Parser) Class.forName(lazy.parserClassName()).getDeclaredConstructor()
          .newInstance();
      assertEquals(lazy.parserClassName(), lazy.parser().getClass().getName());
      assertEquals(outcome(real), outcome(lazy), lazy.parserClassName());
      assertNotEquals("", outcome(lazy));
    }
  }

  /** What parsing a few bytes that are no such file gives: the failure's class and message. */
  private static String outcome(Parser parser) {
    try {
      BodyContentHandler text = new BodyContentHandler();
      parser.parse(new ByteArrayInputStream("not signed data".getBytes(StandardCharsets.UTF_8)),
          text, new Metadata(), new ParseContext());
      return "parsed: " + text;
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** Each type's parser as the extractor picks it, by class ({@link LazyParser}s by theirs). */
  private static Map<String, String> choice(TikaParts tika) {
    TikaExtractor extractor = new TikaExtractor(ExtractionLimits.DEFAULTS, tika);
    FixedChoiceParser fixed = assertInstanceOf(FixedChoiceParser.class, extractor.parser());
    Map<String, String> choice = new TreeMap<>();
    fixed.getParsers(new ParseContext()).forEach((type, parser) -> choice.put(type.toString(),
        parser instanceof LazyParser lazy ? lazy.parserClassName() : parser.getClass().getName()));
    return choice;
  }

  private static List<Parser> allLeaves(Parser parser) {
    if (parser instanceof CompositeParser composite) {
      return composite.getAllComponentParsers().stream()
          .flatMap(p -> allLeaves(p).stream()).toList();
    }
    return List.of(parser);
  }

  private static List<String> classes(List<?> things) {
    return things.stream().map(t -> t.getClass().getName()).toList();
  }
}
