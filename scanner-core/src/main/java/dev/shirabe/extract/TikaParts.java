package dev.shirabe.extract;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.renderer.CompositeRenderer;
import org.apache.tika.renderer.Renderer;

/**
 * What a {@link TikaExtractor} takes from Tika's configuration: its media types, detector,
 * parser and encoding detector.
 *
 * @param parser Tika's parsers, one composite
 */
public record TikaParts(
    MediaTypeRegistry registry, Detector detector, Parser parser, EncodingDetector encodings) {

  /** The parts of a configuration. */
  public static TikaParts of(TikaConfig config) {
    return new TikaParts(config.getMediaTypeRegistry(), config.getDetector(), config.getParser(),
        config.getEncodingDetector());
  }

  /**
   * Tika's default configuration, made as {@link TikaConfig#getDefaultConfig()} makes it, except
   * that the parsers of {@link LazyParser#LAZY} (all but a few) are made when a document first
   * needs them: the same parser for each type. A configuration file named by {@code tika.config} or
   * {@code TIKA_CONFIG} is read as Tika reads it, all of it made at once.
   */
  public static TikaParts defaults() {
    if (!blank(System.getProperty("tika.config")) || !blank(System.getenv("TIKA_CONFIG"))) {
      return of(TikaConfig.getDefaultConfig());
    }
    // In TikaConfig's order: encodings, renderer, parsers, detector.
    ServiceLoader loader = new ServiceLoader();
    MimeTypes types = MimeTypes.getDefaultMimeTypes(loader.getLoader());
    EncodingDetector encodings = new DefaultEncodingDetector(loader);
    Renderer renderer = new CompositeRenderer(loader);
    List<Parser> parsers = new ArrayList<>();
    parsers.add(new DefaultParser(types.getMediaTypeRegistry(), loader,
        LazyParser.classes(loader), encodings, renderer));
    parsers.addAll(LazyParser.all(loader, encodings, renderer));
    Parser parser = new CompositeParser(types.getMediaTypeRegistry(), parsers);
    return new TikaParts(types.getMediaTypeRegistry(), new DefaultDetector(types, loader), parser,
        encodings);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
