package dev.shirabe.extract;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.tika.detect.Detector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.csv.TextAndCSVParser;

/**
 * Tika's auto-detecting parser with its choice of a parser for each media type made once.
 *
 * <p>Tika's composite parsers rebuild their map of types to parsers, asking every parser for its
 * types, each time they pick one: for every document and embedded document, at each level of
 * nesting (this parser, the composite of Tika's and ours, Tika's default parser), and again for
 * {@link #getSupportedTypes}: 13–16 % of Tika's CPU per file on mail and on short Japanese
 * texts (docs/performance.md, "Issue 15, the cores pass"). Here the map is built once, through
 * the nesting: a type maps straight to the parser that the nested composites would reach for
 * it, so the choice is the same (the composites between are plain {@link CompositeParser}s,
 * which only pick and delegate). The parsers' types depend on the parse context only through settings (OCR on or
 * off) that every file's context has alike, so the map is built from a context configured as
 * every file's is.
 *
 * <p>Tika's plain-text parser is chosen behind {@link ZeroFilledText}, which reads a short
 * zero-filled "text" as empty without sniffing it.
 *
 * <p>The composite stays this parser's one component, so that Tika's look-ups of a parser by
 * class (PDF pages for OCR) walk the same tree as before.
 */
final class FixedChoiceParser extends AutoDetectParser {

  private final Map<MediaType, Parser> choice;

  FixedChoiceParser(Detector detector, CompositeParser parsers, ParseContext context) {
    super(detector, parsers);
    setMediaTypeRegistry(parsers.getMediaTypeRegistry());
    Map<MediaType, Parser> leaves = new HashMap<>(leaves(parsers, context, new IdentityHashMap<>()));
    Map<Parser, Parser> guarded = new IdentityHashMap<>();
    leaves.replaceAll((type, parser) -> parser instanceof TextAndCSVParser
        ? guarded.computeIfAbsent(parser, ZeroFilledText::new) : parser);
    this.choice = Map.copyOf(leaves);
  }

  @Override
  public Map<MediaType, Parser> getParsers(ParseContext context) {
    return choice;
  }

  /**
   * The composite's map with each plain composite it chose replaced by that one's choice for the
   * same type. A composite supports exactly the keys of its map, so the type a search up the
   * type hierarchy stops at in the outer map is where it stops in the inner one too.
   */
  private static Map<MediaType, Parser> leaves(
      CompositeParser composite, ParseContext context,
      Map<CompositeParser, Map<MediaType, Parser>> done) {
    Map<MediaType, Parser> known = done.get(composite);
    if (known != null) {
      return known;
    }
    Map<MediaType, Parser> map = new HashMap<>();
    composite.getParsers(context).forEach((type, parser) -> {
      Parser leaf = plain(parser) ? leaves((CompositeParser) parser, context, done).get(type) : null;
      map.put(type, leaf != null ? leaf : parser);
    });
    done.put(composite, map);
    return map;
  }

  /** A composite that only picks a parser by type and hands the document on. */
  private static boolean plain(Parser parser) {
    return parser.getClass() == CompositeParser.class || parser.getClass() == DefaultParser.class;
  }
}
