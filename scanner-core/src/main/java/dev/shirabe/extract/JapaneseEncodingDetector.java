package dev.shirabe.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.mozilla.universalchardet.prober.distributionanalysis.EUCJPDistributionAnalysis;

/**
 * Decides the charset of text (plain text, CSV, HTML, mail bodies) so that Japanese decodes
 * right even when the text is a single line. Tika's statistical detectors need a few hundred
 * bytes: on a 20-character Shift_JIS line they answer ISO-8859-1 or KOI8-R. This detector asks,
 * in order:
 *
 * <ol>
 *   <li>what the document declares about itself (an HTML {@code <meta charset>}), if anything,
 *       unless the bytes are not valid in it and read right in a charset of step 2 (CP932 pages
 *       labelled UTF-8 by a template);
 *   <li>what the bytes allow: UTF-16 or UTF-32 without a byte-order mark
 *       ({@link UnicodeTextDetector}); ISO-2022-JP escapes in 7-bit text; valid UTF-8 (which
 *       legacy Japanese almost never is); legacy text behind a UTF-8 byte-order mark
 *       ({@link AfterUtf8Mark}); else whichever of Windows-31J (Shift_JIS) and EUC-JP decodes
 *       the bytes without error into the more ordinary Japanese, judged by the frequency of
 *       each character in Japanese text (juniversalchardet's statistics, which Tika ships);
 *   <li>Tika's own detectors, for text that is not Japanese.
 * </ol>
 *
 * <p>When the charset taken does not read the bytes either, the text is read in it with the
 * invalid bytes replaced, and the reason is left in the metadata under {@link #PROBLEM} for
 * the extractor to report: such a file is read in part, not silently empty.
 *
 * <p>Whatever the answer, Shift_JIS, EUC-JP and ISO-2022-JP are read with the vendor supersets
 * that Japanese Windows and mail clients actually write (Windows-31J, eucJP-open,
 * windows-iso2022jp): the strict JIS tables lack ①, ㈱, Ⅱ and 髙, common in business documents.
 */
final class JapaneseEncodingDetector implements EncodingDetector {

  private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
  private static final Charset EUC_JP_OPEN = Charset.forName("x-eucJP-Open");
  private static final Charset ISO_2022_JP_WINDOWS = Charset.forName("x-windows-iso2022jp");

  private static final Map<String, Charset> SUPERSETS =
      Map.of(
          "shift_jis", WINDOWS_31J,
          "euc-jp", EUC_JP_OPEN,
          "iso-2022-jp", ISO_2022_JP_WINDOWS);

  /** Enough text to decide on; decoding it two or three times costs well under a millisecond. */
  private static final int SAMPLE_BYTES = 64 * 1024;

  private static final int ESC = 0x1B;

  private final List<EncodingDetector> declared;
  private final EncodingDetector fallback;

  /**
   * @param declared detectors that read a charset the document declares (asked first)
   * @param fallback asked when the bytes do not look Japanese
   */
  JapaneseEncodingDetector(List<EncodingDetector> declared, EncodingDetector fallback) {
    this.declared = List.copyOf(declared);
    this.fallback = fallback;
  }

  /**
   * Where detection leaves, in the document's metadata, why its text could not be decoded
   * cleanly (a sentence for the scan's problems); absent when it could.
   */
  static final String PROBLEM = "X-Shirabe-Encoding-Problem";

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    byte[] sample = null;
    if (input != null && input.markSupported()) {
      input.mark(SAMPLE_BYTES);
      try {
        sample = input.readNBytes(SAMPLE_BYTES);
      } finally {
        input.reset();
      }
      if (sample.length >= 4 && sample[0] == 0 && sample[1] == 0 && sample[2] == 0
          && sample[3] == 0) {
        sample = afterZeros(input);
      }
    }
    boolean complete = sample != null && sample.length < SAMPLE_BYTES;
    for (EncodingDetector detector : declared) {
      Charset charset = detector.detect(input, metadata);
      if (charset != null) {
        Charset label = superset(charset);
        if (sample == null || valid(label, sample, complete)) {
          return label;
        }
        Charset evidence = detect(sample, complete);
        return evidence != null ? evidence : unreadable(label, metadata);
      }
    }
    if (sample != null) {
      Charset japanese = detect(sample, complete);
      if (japanese != null) {
        return japanese;
      }
    }
    Charset charset = fallback.detect(input, metadata);
    if (charset == null) {
      return null;
    }
    charset = superset(charset);
    return sample == null || valid(charset, sample, complete)
        ? charset
        : unreadable(charset, metadata);
  }

  /** The most NUL bytes looked past for the text after them (held in memory meanwhile). */
  static final int MAX_LEADING_ZEROS = 8 * 1024 * 1024;

  /**
   * A sample from where a text's leading NUL bytes end: a log truncated in place while its
   * writer kept its offset begins with zeros and goes on with text. The zeros tell nothing of the
   * charset; taken into the sample they read as nothing printable in UTF-16, and when they fill
   * it, Tika's detectors take them for UTF-32, which reads the text after them as nonsense, so
   * the file looked empty. The sample starts at a multiple of four bytes, where a UTF-16 or
   * UTF-32 text's characters start too (a character's own zero bytes are never skipped). All
   * zeros still when {@link #MAX_LEADING_ZEROS} are passed or the text ends there.
   */
  private static byte[] afterZeros(InputStream input) throws IOException {
    input.mark(MAX_LEADING_ZEROS + SAMPLE_BYTES);
    try {
      byte[] chunk = new byte[SAMPLE_BYTES];
      for (int read = 0; read < MAX_LEADING_ZEROS; ) {
        int n = input.readNBytes(chunk, 0, chunk.length);
        int first = 0;
        while (first < n && chunk[first] == 0) {
          first++;
        }
        if (first < n) {
          int from = first & ~3;
          byte[] sample = Arrays.copyOfRange(chunk, from, n);
          byte[] more = input.readNBytes(SAMPLE_BYTES - sample.length);
          byte[] joined = Arrays.copyOf(sample, sample.length + more.length);
          System.arraycopy(more, 0, joined, sample.length, more.length);
          return joined;
        }
        if (n < chunk.length) {
          return Arrays.copyOf(chunk, n);
        }
        read += n;
      }
      return chunk;
    } finally {
      input.reset();
    }
  }

  /** Reads in {@code charset} all the same, and says so in the metadata. */
  private static Charset unreadable(Charset charset, Metadata metadata) {
    metadata.set(PROBLEM, "text is not valid in its declared or detected encoding ("
        + charset.name() + ") nor in another; read as " + charset.name()
        + " with the invalid bytes replaced");
    return charset;
  }

  /** Whether the bytes decode in the charset without a malformed or unmappable sequence. */
  static boolean valid(Charset charset, byte[] bytes, boolean complete) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (decoder.decode(in, out, complete).isError()) {
      return false;
    }
    return !complete || (!in.hasRemaining() && !decoder.flush(out).isError());
  }

  /** The vendor superset of a Japanese charset, or the charset itself. */
  static Charset superset(Charset charset) {
    return SUPERSETS.getOrDefault(charset.name().toLowerCase(Locale.ROOT), charset);
  }

  /**
   * The charset of {@code bytes} if they are Japanese (or UTF-8), else null.
   *
   * @param complete whether {@code bytes} is the whole text, not a sample cut anywhere
   */
  static Charset detect(byte[] bytes, boolean complete) {
    Charset unicode = UnicodeTextDetector.charset(bytes, complete);
    if (unicode != null) {
      return unicode;
    }
    if (isSevenBit(bytes)) {
      return hasIso2022Escape(bytes) ? ISO_2022_JP_WINDOWS : null;
    }
    if (decode(StandardCharsets.UTF_8, bytes, complete) != null) {
      return StandardCharsets.UTF_8;
    }
    if (AfterUtf8Mark.marks(bytes)) {
      // A mark before text that is not UTF-8: an editor marked legacy text it never converted.
      Charset text = detect(Arrays.copyOfRange(bytes, 3, bytes.length), complete);
      return text == null || text.equals(StandardCharsets.UTF_8) ? null : new AfterUtf8Mark(text);
    }
    // Shift_JIS first: on a tie it is the likelier on a Windows file share.
    Charset best = null;
    int bestScore = 0;
    for (Charset candidate : List.of(WINDOWS_31J, EUC_JP_OPEN)) {
      String text = decode(candidate, bytes, complete);
      if (text != null) {
        int score = score(text);
        if (score > bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
    }
    return best;
  }

  private static boolean isSevenBit(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** ESC $ @, ESC $ B (JIS X 0208), ESC $ ( D (JIS X 0212), ESC ( I (half-width kana). */
  private static boolean hasIso2022Escape(byte[] bytes) {
    for (int i = 0; i + 2 < bytes.length; i++) {
      if (bytes[i] == ESC) {
        byte a = bytes[i + 1];
        byte b = bytes[i + 2];
        if ((a == '$' && (b == '@' || b == 'B' || b == '(')) || (a == '(' && b == 'I')) {
          return true;
        }
      }
    }
    return false;
  }

  /** The text, or null if the bytes are not valid in the charset (or map to private use). */
  private static String decode(Charset charset, byte[] bytes, boolean complete) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    // A sample cut inside a multi-byte character is not an error: decode up to the cut.
    CoderResult result = decoder.decode(in, out, complete);
    if (result.isError()) {
      return null;
    }
    if (complete && decoder.flush(out).isError()) {
      return null;
    }
    out.flip();
    String text = out.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Vendor user-defined areas decode to private use: real text seldom holds them,
      // Latin-1 read as Shift_JIS often does.
      if (Character.getType(c) == Character.PRIVATE_USE) {
        return null;
      }
    }
    return text;
  }

  /**
   * How much more likely {@code text} is as Japanese than as random characters: a
   * log-likelihood ratio, in units of about half a nat, summed over the characters of JIS X
   * 0208. By the statistics behind juniversalchardet's table, the 512 most frequent characters
   * make 92.6% of Japanese text, the next 512 4.5%, the next 1024 2.3%, all the others 0.6%.
   * Mis-decoded text (EUC-JP read as Shift_JIS, Korean read as EUC-JP) is made of characters
   * at random, so rare ones weigh heavily against it. A word of half-width katakana counts for
   * a little: real in Shift_JIS (bank and ledger exports), absent from mis-decodings.
   */
  static int score(String text) {
    int score = 0;
    int halfWidthRun = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF66' && c <= '\uFF9F') {
        halfWidthRun++;
        continue;
      }
      if (halfWidthRun >= 2) {
        score++;
      }
      halfWidthRun = 0;
      score += weight(FrequencyRanks.rank(c));
    }
    return halfWidthRun >= 2 ? score + 1 : score;
  }

  private static int weight(int rank) {
    if (rank < 0) {
      return 0; // not in JIS X 0208: ASCII, vendor extensions
    } else if (rank < 512) {
      return 5;
    } else if (rank < 1024) {
      return -1;
    } else if (rank < 2048) {
      return -4;
    }
    return -10;
  }

  /**
   * The frequency rank of each JIS X 0208 character in Japanese text (0 = most frequent), read
   * from juniversalchardet's table, which is indexed by EUC-JP code.
   */
  private static final class FrequencyRanks extends EUCJPDistributionAnalysis {
    private static final short[] RANKS = build();

    static int rank(char c) {
      return RANKS[c];
    }

    private static short[] build() {
      short[] ranks = new short[Character.MAX_VALUE + 1];
      Arrays.fill(ranks, (short) -1);
      int[] table = new FrequencyRanks().charToFreqOrder;
      CharsetDecoder euc = Charset.forName("EUC-JP").newDecoder();
      for (int order = 0; order < table.length && order < 94 * 94; order++) {
        byte[] code = {(byte) (0xA1 + order / 94), (byte) (0xA1 + order % 94)};
        try {
          String c = euc.decode(ByteBuffer.wrap(code)).toString();
          if (c.length() == 1) {
            ranks[c.charAt(0)] = (short) Math.min(table[order], Short.MAX_VALUE);
          }
        } catch (CharacterCodingException e) {
          // an unassigned code point of JIS X 0208
        }
      }
      return ranks;
    }
  }
}
