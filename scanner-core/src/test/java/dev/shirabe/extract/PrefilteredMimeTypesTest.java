package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The prefiltered detector gives Tika's answers: the same list of magic types (and so the same
 * detected type) for every file of the sample corpora, for thousands of mutations of them, and
 * for buffers made to match each of Tika's magics, whole or in part, at each place it may be.
 * The random inputs come from a fixed seed; {@code -Dshirabe.magic.seed=N} tries others.
 */
class PrefilteredMimeTypesTest {

  private static final int MAGIC_BYTES = 64 * 1024; // what MimeTypes reads of a stream

  private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
  private static PrefilteredMimeTypes prefiltered;
  private static Method tikaMagic;
  private static final List<Sample> samples = new ArrayList<>();
  private static final List<Pattern> patterns = new ArrayList<>();
  private static final List<List<Pattern>> magics = new ArrayList<>();

  private record Sample(String name, byte[] bytes) {}

  /** One byte pattern of a magic (regular expressions left out) and where it may stand. */
  private record Pattern(int begin, int end, byte[] value, byte[] mask, boolean ignoreCase) {}

  private static final class Comparison {
    int inputs;
    int differences;
    final java.util.Set<MediaType> seen = new java.util.HashSet<>();
    final List<String> first = new ArrayList<>();
  }

  @BeforeAll
  static void load() throws Exception {
    prefiltered = new PrefilteredMimeTypes(TIKA);
    tikaMagic = MimeTypes.class.getDeclaredMethod("getMimeType", byte[].class);
    tikaMagic.setAccessible(true);
    String root = System.getProperty("shirabe.root");
    Path repo = root != null ? Path.of(root) : Path.of("..");
    for (Path corpus : List.of(repo.resolve("test-corpus"), repo.resolve("../shared/corpus"))) {
      if (!Files.isDirectory(corpus)) {
        continue; // the shared corpus is beside the repository on the project's machines only
      }
      try (Stream<Path> files = Files.walk(corpus)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
          samples.add(new Sample(corpus.relativize(file).toString(), firstBytes(file)));
        }
      }
    }
    assertTrue(samples.size() >= 20, "sample corpus missing: " + samples.size() + " files");
    readPatterns();
  }

  private static byte[] firstBytes(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(MAGIC_BYTES);
    }
  }

  /** Tika's magics and their byte patterns, read as the prefilter reads them. */
  private static void readPatterns() throws Exception {
    Field field = MimeTypes.class.getDeclaredField("magics");
    field.setAccessible(true);
    Field clause = Class.forName("org.apache.tika.mime.Magic").getDeclaredField("clause");
    clause.setAccessible(true);
    for (Object magic : (List<?>) field.get(TIKA)) {
      List<Pattern> leaves = new ArrayList<>();
      leaves(clause.get(magic), leaves);
      magics.add(leaves);
      patterns.addAll(leaves);
    }
    assertTrue(patterns.size() > 1000, "Tika's magics not read: " + patterns.size());
  }

  private static void leaves(Object clause, List<Pattern> out) throws Exception {
    String kind = clause.getClass().getSimpleName();
    if (kind.equals("MagicMatch")) {
      Method parse = clause.getClass().getDeclaredMethod("getDetector");
      parse.setAccessible(true);
      Object d = parse.invoke(clause);
      if (!(Boolean) get(d, "isRegex")) {
        out.add(
            new Pattern(
                (Integer) get(d, "offsetRangeBegin"),
                (Integer) get(d, "offsetRangeEnd"),
                (byte[]) get(d, "pattern"),
                (byte[]) get(d, "mask"),
                (Boolean) get(d, "isStringIgnoreCase")));
      }
    } else if (kind.equals("AndClause")) {
      for (Object part : (Object[]) get(clause, "clauses")) {
        leaves(part, out);
      }
    } else {
      for (Object part : (List<?>) get(clause, "clauses")) {
        leaves(part, out);
      }
    }
  }

  private static Object get(Object owner, String name) throws Exception {
    Field field = owner.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(owner);
  }

  private static long seed() {
    return Long.getLong("shirabe.magic.seed", 20261207L);
  }

  @Test
  void corpusFilesDetectAsTika() throws Exception {
    Comparison c = new Comparison();
    for (Sample sample : samples) {
      compare(c, sample.name(), sample.bytes());
      // Through the stream API too, with and without the file's name as a hint.
      compareStreams(c, sample.name(), sample.bytes(), null);
      compareStreams(c, sample.name(), sample.bytes(), Path.of(sample.name()).getFileName() + "");
    }
    verdict(c);
  }

  @Test
  void mutationsDetectAsTika() throws Exception {
    Random random = new Random(seed());
    Comparison c = new Comparison();
    for (int n = 0; n < 8000; n++) {
      Sample sample = samples.get(random.nextInt(samples.size()));
      byte[] bytes = sample.bytes().clone();
      String how;
      switch (n % 4) {
        case 0: // flipped bytes, mostly near the start where magic looks
          {
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips && bytes.length > 0; i++) {
              int at = random.nextInt(Math.min(bytes.length, random.nextBoolean() ? 64 : 9000));
              bytes[at] =
                  random.nextBoolean()
                      ? (byte) random.nextInt(256)
                      : (byte) (bytes[at] ^ (1 << random.nextInt(8)));
            }
            how = "flips";
            break;
          }
        case 1: // cut short, often very short
          {
            int max = random.nextBoolean() ? Math.min(bytes.length, 80) : bytes.length;
            bytes = Arrays.copyOf(bytes, random.nextInt(max + 1));
            how = "truncated";
            break;
          }
        case 2: // a prefix of some magic's pattern placed where the magic looks
          {
            bytes = place(random, bytes, patterns.get(random.nextInt(patterns.size())), true);
            how = "pattern prefix";
            break;
          }
        default: // another file's first bytes spliced in front
          {
            byte[] other = samples.get(random.nextInt(samples.size())).bytes();
            int head = random.nextInt(Math.min(other.length, 600) + 1);
            byte[] spliced = Arrays.copyOf(other, head + bytes.length);
            System.arraycopy(bytes, 0, spliced, head, bytes.length);
            bytes = spliced;
            how = "spliced";
            break;
          }
      }
      compare(c, sample.name() + " (" + how + " #" + n + ")", bytes);
    }
    verdict(c);
  }

  @Test
  void buffersMadeForEachMagicDetectAsTika() throws Exception {
    Random random = new Random(seed() + 1);
    Comparison c = new Comparison();
    for (int m = 0; m < magics.size(); m++) {
      for (int variant = 0; variant < 4; variant++) {
        byte[] bytes;
        switch (variant) {
          case 0:
            bytes = new byte[random.nextInt(64)];
            break;
          case 1:
            bytes =
                "hello, plain text\n"
                    .repeat(1 + random.nextInt(20))
                    .getBytes(StandardCharsets.UTF_8);
            break;
          default:
            bytes = samples.get(random.nextInt(samples.size())).bytes().clone();
        }
        // Every pattern of the magic placed (most of the time), whole or cut.
        for (Pattern pattern : magics.get(m)) {
          if (random.nextInt(8) != 0) {
            bytes = place(random, bytes, pattern, variant == 3);
          }
        }
        compare(c, "magic #" + m + " variant " + variant, bytes);
      }
    }
    // The buffers do match: Tika finds most of its 415 types with a magic in them (399 here).
    assertTrue(c.seen.size() >= 350, "the buffers match too few magics: " + c.seen.size());
    verdict(c);
  }

  /**
   * Each kind of Tika match, made up (random patterns, masks, offset ranges, also ranges that
   * run past the data's end, where Tika's window reads zeros): whenever Tika's clause matches,
   * the prefilter says it might.
   */
  @Test
  void madeUpMatchesNeverRuledOutWhenTikaMatches() throws Exception {
    Random random = new Random(seed() + 2);
    java.lang.reflect.Constructor<?> make =
        Class.forName("org.apache.tika.mime.MagicMatch")
            .getDeclaredConstructor(
                MediaType.class, String.class, String.class, String.class, String.class);
    make.setAccessible(true);
    Method eval = make.getDeclaringClass().getDeclaredMethod("eval", byte[].class);
    eval.setAccessible(true);
    String[] kinds = {"string", "stringignorecase", "big16", "little32", "host16", "regex"};
    int matched = 0;
    int wrong = 0;
    List<String> first = new ArrayList<>();
    for (int n = 0; n < 3000; n++) {
      String kind = kinds[random.nextInt(kinds.length)];
      int begin = random.nextInt(6);
      int end = begin + (random.nextBoolean() ? 0 : random.nextInt(random.nextBoolean() ? 8 : 80));
      String value;
      String mask = null;
      if (kind.equals("regex")) {
        String[] expressions = {
          "a[bc]", "(?s)\\\\x00{2}", "[\\\\x00-\\\\x02]b", "^\\\\x00a", "(?s)[ab]+c", "a?b", "x*a", "[-a]c"
        };
        value = expressions[random.nextInt(expressions.length)];
      } else if (kind.startsWith("string")) {
        // Hex strings, often zeros or letters; sometimes masked.
        StringBuilder hex = new StringBuilder("0x");
        StringBuilder bits = new StringBuilder("0x");
        int length = 1 + random.nextInt(3);
        for (int j = 0; j < length; j++) {
          int b = random.nextBoolean() ? 0 : random.nextBoolean() ? 'a' + random.nextInt(3) : 'A';
          hex.append(String.format("%02x", b));
          bits.append(random.nextBoolean() ? "ff" : "df");
        }
        value = hex.toString();
        mask = random.nextInt(3) == 0 ? bits.toString() : null;
      } else {
        value = random.nextBoolean() ? "0" : "0x" + Integer.toHexString(random.nextInt(256));
      }
      String offset = begin == end ? "" + begin : begin + ":" + end;
      Object clause = make.newInstance(MediaType.TEXT_PLAIN, kind, offset, value, mask);
      MagicPrefilter prefilter = new MagicPrefilter();
      MagicPrefilter.Test test = prefilter.of(clause);
      for (int d = 0; d < 20; d++) {
        byte[] data = new byte[random.nextInt(end + 12)];
        for (int i = 0; i < data.length; i++) {
          int r = random.nextInt(6);
          data[i] =
              (byte)
                  (r == 0
                      ? 0
                      : r == 1
                          ? 'a' + random.nextInt(3)
                          : r == 2 ? 'A' + random.nextInt(3) : random.nextInt(256));
        }
        boolean tika = (Boolean) eval.invoke(clause, (Object) data);
        if (tika) {
          matched++;
          if (!test.mightMatch(prefilter.buffer(data))) {
            wrong++;
            if (first.size() < 10) {
              first.add(clause + " on " + Arrays.toString(data));
            }
          }
        }
      }
    }
    assertTrue(matched > 1000, "too few matches to tell: " + matched);
    assertEquals(0, wrong, wrong + " of " + matched + " matches ruled out: " + first);
  }

  /** The prefiltered detector is in the extractor's chain, where Tika's MimeTypes was. */
  @Test
  void extractorDetectsWithThePrefilter() {
    TikaExtractor extractor = new TikaExtractor(ExtractionLimits.DEFAULTS);
    Detector detector = ((AutoDetectParser) extractor.parser()).getDetector();
    assertTrue(contains(detector, PrefilteredMimeTypes.class), "not in the chain: " + detector);
    assertTrue(!contains(detector, MimeTypes.class), "Tika's MimeTypes still in the chain");
  }

  private static boolean contains(Detector detector, Class<?> kind) {
    if (kind.isInstance(detector)) {
      return true;
    }
    if (detector instanceof CompositeDetector) {
      for (Detector part : ((CompositeDetector) detector).getDetectors()) {
        if (contains(part, kind)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code bytes} with {@code pattern} (or, when {@code cut}, a random prefix of it) at a random
   * offset of its range, the bits its mask ignores and the case it ignores chosen at random.
   */
  private static byte[] place(Random random, byte[] bytes, Pattern pattern, boolean cut) {
    int span = pattern.end() - pattern.begin();
    int at = pattern.begin() + (span == 0 ? 0 : random.nextInt(Math.min(span, 20000) + 1));
    int length = pattern.value().length;
    if (cut && random.nextBoolean()) {
      length = 1 + random.nextInt(Math.max(1, length));
      length = Math.min(length, pattern.value().length);
    }
    int size = Math.max(bytes.length, at + length);
    if (random.nextInt(4) == 0) {
      size = at + length; // the data ends right after it
    }
    byte[] out = Arrays.copyOf(bytes, size);
    for (int j = 0; j < length && at + j < out.length; j++) {
      byte mask = j < pattern.mask().length ? pattern.mask()[j] : -1;
      int b = (pattern.value()[j] & mask) | (random.nextInt(256) & ~mask);
      if (pattern.ignoreCase() && random.nextBoolean()) {
        b = Character.toUpperCase((char) (b & 0xff));
      }
      out[at + j] = (byte) b;
    }
    return out;
  }

  private static void compare(Comparison c, String what, byte[] bytes) throws Exception {
    c.inputs++;
    List<MediaType> expected = names(tikaMagic.invoke(TIKA, (Object) bytes));
    List<MediaType> actual = names(prefiltered.getMimeType(bytes));
    c.seen.addAll(expected);
    if (!expected.equals(actual)) {
      differ(c, what + ": Tika " + expected + ", prefiltered " + actual);
    }
  }

  private static void compareStreams(Comparison c, String what, byte[] bytes, String name)
      throws IOException {
    c.inputs++;
    MediaType expected = TIKA.detect(new ByteArrayInputStream(bytes), metadata(name));
    MediaType actual = prefiltered.detect(new ByteArrayInputStream(bytes), metadata(name));
    if (!expected.equals(actual)) {
      differ(c, what + " (stream, name " + name + "): Tika " + expected + ", ours " + actual);
    }
  }

  private static Metadata metadata(String name) {
    Metadata metadata = new Metadata();
    if (name != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    }
    return metadata;
  }

  private static List<MediaType> names(Object types) {
    List<MediaType> names = new ArrayList<>();
    for (Object type : (List<?>) types) {
      names.add(((MimeType) type).getType());
    }
    return names;
  }

  private static void differ(Comparison c, String description) {
    c.differences++;
    if (c.first.size() < 10) {
      c.first.add(description);
    }
  }

  private static void verdict(Comparison c) {
    assertEquals(
        0,
        c.differences,
        c.differences + " of " + c.inputs + " inputs differ (seed " + seed() + "): " + c.first);
  }
}
