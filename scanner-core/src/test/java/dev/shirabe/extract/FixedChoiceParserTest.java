package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser chosen once for each type is the one Tika's nested composites choose for every
 * document, with OCR on (when Tesseract is here) and off.
 */
class FixedChoiceParserTest {

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void choosesWhatTheNestedCompositesChoose(boolean ocr) {
    ExtractionLimits limits = ocr ? ExtractionLimits.DEFAULTS
        : ExtractionLimits.DEFAULTS.withOcr(
            OcrSettings.DEFAULTS.withTesseract("/nonexistent/tesseract"));
    TikaExtractor extractor = new TikaExtractor(limits);
    FixedChoiceParser fixed = assertInstanceOf(FixedChoiceParser.class, extractor.parser());
    CompositeParser nested = (CompositeParser) fixed.getAllComponentParsers().get(0);
    ParseContext context = extractor.context();
    context.set(Parser.class, fixed);
    MediaTypeRegistry registry = nested.getMediaTypeRegistry();

    List<MediaType> types = new ArrayList<>(registry.getTypes());
    types.add(MediaType.parse("text/plain; charset=Shift_JIS"));
    types.add(MediaType.parse("application/x-unknown-to-anyone"));
    Set<String> leaves = new HashSet<>();
    for (MediaType type : types) {
      Parser expected = choose(nested, type, context, registry);
      Parser actual = choose(fixed, type, context, registry);
      if (expected instanceof EmptyParser) {
        // No parser for it: each composite has a fallback of its own, all of them empty.
        assertInstanceOf(EmptyParser.class, actual, type.toString());
      } else if (actual instanceof ZeroFilledText guard) {
        // Tika's text parser, behind the guard that reads zero-filled text as empty.
        assertInstanceOf(TextAndCSVParser.class, expected, type.toString());
        assertSame(expected, guard.getWrappedParser(), type.toString());
      } else {
        assertSame(expected, actual, type.toString());
      }
      // A parser made on first use counts as the parser it stands for.
      leaves.add(actual instanceof LazyParser lazy ? lazy.parserClassName()
          : actual.getClass().getName());
    }
    assertEquals(nested.getSupportedTypes(context), fixed.getSupportedTypes(context));
    // Many parsers are reached, ours among them, and none through a composite left in between.
    assertTrue(leaves.size() > 20, leaves.toString());
    assertTrue(leaves.contains(ZeroFilledText.class.getName()), leaves.toString());
    assertInstanceOf(MboxSplitter.class, choose(fixed, MediaType.parse("application/mbox"),
        context, registry));
    assertTrue(leaves.stream().noneMatch(c -> c.equals(CompositeParser.class.getName())
        || c.equals(DefaultParser.class.getName())), leaves.toString());
    // Built once: no map is rebuilt per document.
    assertSame(fixed.getParsers(context), fixed.getParsers(new ParseContext()));
  }

  /**
   * The parser a document of this type reaches, as CompositeParser picks one at each level: its
   * map at the type, else at the type's supertypes, else its fallback.
   */
  private static Parser choose(
      Parser parser, MediaType type, ParseContext context, MediaTypeRegistry registry) {
    while (parser.getClass() == CompositeParser.class || parser.getClass() == DefaultParser.class
        || parser instanceof FixedChoiceParser) {
      CompositeParser composite = (CompositeParser) parser;
      Map<MediaType, Parser> map = composite.getParsers(context);
      Parser found = null;
      for (MediaType t = registry.normalize(type); t != null && found == null;
          t = registry.getSupertype(t)) {
        found = map.get(t);
      }
      parser = found != null ? found : composite.getFallback();
    }
    return parser;
  }
}
