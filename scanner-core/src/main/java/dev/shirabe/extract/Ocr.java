package dev.shirabe.extract;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Whether scanned paper can be read here, and the Tika set-up that reads it: Tesseract, found
 * once per settings (the program answers {@code --list-langs} with every language asked for),
 * as Tika's OCR parser for images and image-only PDF pages. Without it, OCR is switched off
 * explicitly (Tika would otherwise run a Tesseract it finds on PATH with English only), and
 * {@link ImageOnly} reports what could not be read. Immutable.
 */
public final class Ocr {

  /** The reason for an image, or a PDF page, that holds text no one read. */
  public static final String IMAGE_ONLY = "image only: install tesseract-ocr-jpn to read it";

  private static final Map<OcrSettings, Ocr> FOUND = new ConcurrentHashMap<>();
  private static final Pattern SPACED_DOT =
      Pattern.compile("(?<=[A-Za-z0-9])\\. {1,3}(?=[a-z0-9])");
  private static final Pattern SPACED_NAME = Pattern.compile(
      "(?<![A-Za-z0-9._%+-])([A-Za-z0-9_%+-]*\\.[A-Za-z0-9._%+-]*) ([a-z0-9._%+-]+@)");
  private static final Pattern SPACED_DOMAIN = Pattern.compile(
      "@([a-z0-9-]+(?:\\.[a-z0-9-]+)*) ((?:[a-z0-9-]+\\.)+[a-z]{2,})(?![a-z0-9.-])");
  private static final Pattern TESSDATA = Pattern.compile("\"([^\"]+)\"");

  private final OcrSettings settings;
  /** Why OCR is off, or null when it is on. */
  private final String missing;
  /** Set up for the program found; null when OCR is off. */
  private final Parser parser;

  private Ocr(OcrSettings settings, String missing, Parser parser) {
    this.settings = settings;
    this.missing = missing;
    this.parser = parser;
  }

  /** What the settings find on this machine; looked up once per settings and process. */
  public static Ocr of(OcrSettings settings) {
    return FOUND.computeIfAbsent(settings, Ocr::find);
  }

  public OcrSettings settings() {
    return settings;
  }

  public boolean available() {
    return missing == null;
  }

  /** Why OCR is off ("tesseract not found on PATH"), or null when it is on. */
  public String missing() {
    return missing;
  }

  /** For the analysis fingerprint: files read without OCR are read again once it is there. */
  public String describe() {
    return available() ? "tesseract:" + settings.languages() : "off";
  }

  /** The parser that reads images, to be placed after Tika's own; null when OCR is off. */
  Parser parser() {
    return parser;
  }

  /** Tells one file's parse how to OCR: languages and time per page, or not at all. */
  void configure(ParseContext context, PDFParserConfig pdf) {
    TesseractOCRConfig config = new TesseractOCRConfig();
    if (available()) {
      config.setLanguage(settings.languages());
      config.setTimeoutSeconds((int) settings.pageTime().toSeconds());
      // Otherwise Tesseract puts a space between Japanese words ("東京 都 新宿 区"), which
      // breaks names and addresses apart.
      config.setPreserveInterwordSpacing(true);
      // Pages with text keep it; only those without (a scan) are rendered and read.
      pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
    } else {
      config.setSkipOcr(true);
      pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    }
    context.set(TesseractOCRConfig.class, config);
  }

  /** Whether Tesseract read (some of) a document: an image, or a PDF with pages OCR read. */
  boolean read(Metadata metadata) {
    if (!available()) {
      return false;
    }
    String type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE));
    Integer pages = metadata.getInt(PDF.OCR_PAGE_COUNT);
    return type.startsWith("image/") || (pages != null && pages > 0);
  }

  /** The reason for a parse stopped by OCR's time limit per page, or null for another. */
  String timeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (String.valueOf(t.getMessage()).startsWith("TesseractOCRParser timeout")) {
        return "OCR of a page took longer than the limit of "
            + ExtractionLimits.duration(settings.pageTime()) + "; the rest was not read";
      }
    }
    return null;
  }

  /**
   * OCR's text made fit for the detectors: Tesseract reads "t.yamada@example.com" as
   * "t. yamada@example. com", a dot followed by a space or a few (it keeps the gaps it sees);
   * between a letter or digit and a lower-case letter or digit they are dropped (a sentence
   * goes on in upper case). So are single spaces it puts inside a mail address.
   */
  static String clean(String text) {
    String t = SPACED_DOT.matcher(text).replaceAll(".");
    // A space inside a mail address ("k.mor imoto@examp le.ne.jp"): in its name only after a
    // part with a dot (so "mail to@x" stays apart), in its domain before the last labels.
    t = SPACED_NAME.matcher(t).replaceAll("$1$2");
    for (int i = 0; i < 3; i++) {
      t = SPACED_DOMAIN.matcher(t).replaceAll("@$1$2");
    }
    return t;
  }

  private static Ocr find(OcrSettings settings) {
    Path program = program(settings.tesseract());
    if (program == null) {
      return new Ocr(settings, settings.tesseract() + " not found"
          + (settings.tesseract().contains(File.separator) ? "" : " on PATH"), null);
    }
    if (!program.getFileName().toString().equals(TesseractOCRParser.getTesseractProg())) {
      // Tika runs the program by that name in the folder given.
      return new Ocr(settings, program + " is not named " + TesseractOCRParser.getTesseractProg(),
          null);
    }
    List<String> lines;
    try {
      lines = listLanguages(program);
    } catch (IOException e) {
      return new Ocr(settings, program + " --list-langs failed: " + e.getMessage(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Ocr(settings, "interrupted while asking " + program + " for its languages", null);
    }
    List<String> absent = new ArrayList<>();
    for (String lang : settings.languages().split("\\+")) {
      if (!lines.subList(Math.min(1, lines.size()), lines.size()).contains(lang)) {
        absent.add(lang);
      }
    }
    if (!absent.isEmpty()) {
      return new Ocr(settings, program + " has no language data for "
          + String.join(", ", absent), null);
    }
    try {
      return new Ocr(settings, null, parser(settings, program, lines));
    } catch (TikaConfigException e) {
      return new Ocr(settings, "Tika cannot run " + program + ": " + e.getMessage(), null);
    }
  }

  private static TesseractOCRParser parser(OcrSettings settings, Path program,
      List<String> languages) throws TikaConfigException {
    TesseractOCRParser p = new TesseractOCRParser();
    if (settings.tesseract().contains(File.separator)) {
      // Given a folder, Tika also points TESSDATA_PREFIX under it, where Debian has no data:
      // the folder the program itself named is used instead.
      p.setTesseractPath(program.getParent().toString() + File.separator);
      Matcher m = TESSDATA.matcher(languages.isEmpty() ? "" : languages.get(0));
      if (m.find()) {
        p.setTessdataPath(m.group(1));
      }
    }
    p.setLanguage(settings.languages());
    p.setTimeout((int) settings.pageTime().toSeconds());
    p.setPreserveInterwordSpacing(true);
    p.initialize(Map.of());
    return p;
  }

  /** The program to run: a path as given, a bare name from PATH; null if none is executable. */
  private static Path program(String name) {
    if (name.contains(File.separator)) {
      Path p = Path.of(name).toAbsolutePath();
      return Files.isRegularFile(p) && Files.isExecutable(p) ? p : null;
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /** {@code tesseract --list-langs}: a heading naming the data folder, then a code a line. */
  private static List<String> listLanguages(Path program)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(program.toString(), "--list-langs")
        .redirectErrorStream(true)
        .start();
    try (InputStream in = p.getInputStream()) {
      p.getOutputStream().close();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        throw new IOException("no answer within 30 s");
      }
      String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IOException("exit status " + p.exitValue());
      }
      return out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    } finally {
      p.destroyForcibly();
    }
  }
}
