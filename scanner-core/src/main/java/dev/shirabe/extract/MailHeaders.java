package dev.shirabe.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The address headers of a mail, as text the detectors can read. Tika keeps them in metadata,
 * not in the body text; a scanner that skipped them would miss every sender and recipient.
 *
 * <p>For an RFC 822 mail the headers are read from the mail itself where possible: Tika decodes
 * encoded words with the strict JIS tables, so 髙橋 in an ISO-2022-JP From header comes out as
 * "�橋", and it never reads raw 8-bit headers as anything but Latin-1.
 */
final class MailHeaders {

  private MailHeaders() {}

  private static final String RAW = Message.MESSAGE_RAW_HEADER_PREFIX;

  /** The headers written into the text, in this order, besides the subject. */
  private static final List<String> ADDRESSES = List.of("From", "To", "Cc", "Bcc", "Reply-To");

  private static final String SUBJECT = "Subject";

  /** How far into a mail its header block is looked for. */
  private static final int HEADER_BYTES = 64 * 1024;

  /** Encoded words in Japanese charsets are read with the vendor supersets. */
  private static final Map<Charset, Charset> SUPERSETS =
      Map.of(
          Charset.forName("Shift_JIS"),
              JapaneseEncodingDetector.superset(Charset.forName("Shift_JIS")),
          Charset.forName("EUC-JP"), JapaneseEncodingDetector.superset(Charset.forName("EUC-JP")),
          Charset.forName("ISO-2022-JP"),
              JapaneseEncodingDetector.superset(Charset.forName("ISO-2022-JP")));

  /**
   * "From: …\nTo: …\n…\n\n", or the empty string when the document is not a mail. Each value
   * appears once, whichever of Tika's several properties carried it.
   *
   * @param raw the mail's own headers as {@link #peek} read them, empty if there were none
   */
  static String block(Metadata metadata, Map<String, String> raw) {
    StringBuilder out = new StringBuilder();
    for (String label : ADDRESSES) {
      String value = raw.get(label);
      if (value != null) {
        out.append(label).append(": ").append(value).append('\n');
      } else {
        line(out, label, metadata, tikaKeys(label));
      }
    }
    if (out.length() == 0) {
      return "";
    }
    String subject = subject(metadata, raw);
    if (subject != null && !subject.isBlank()) {
      out.append("Subject: ").append(subject).append('\n');
    }
    return out.append('\n').toString();
  }

  /** The subject: the mail's own, else Tika's; null if there is none. */
  static String subject(Metadata metadata, Map<String, String> raw) {
    String subject = raw.getOrDefault(SUBJECT, metadata.get(TikaCoreProperties.SUBJECT));
    return subject == null ? null : oneLine(subject);
  }

  private static String[] tikaKeys(String label) {
    return switch (label) {
      case "From" ->
          new String[] {"Message-From", "Message:From-Name", "Message:From-Email", RAW + "From"};
      case "To" ->
          new String[] {"Message-To", "Message:To-Display-Name", "Message:To-Email", RAW + "To"};
      case "Cc" ->
          new String[] {"Message-Cc", "Message:CC-Display-Name", "Message:CC-Email", RAW + "Cc"};
      case "Bcc" ->
          new String[] {
            "Message-Bcc", "Message:BCC-Display-Name", "Message:BCC-Email", RAW + "Bcc"
          };
      default -> new String[] {RAW + label};
    };
  }

  private static void line(StringBuilder out, String label, Metadata metadata, String... keys) {
    Set<String> values = new LinkedHashSet<>();
    for (String key : keys) {
      for (String value : metadata.getValues(key)) {
        String decoded = oneLine(decode(value));
        if (!decoded.isBlank() && !containedIn(values, decoded)) {
          values.removeIf(
              v -> decoded.toLowerCase(Locale.ROOT).contains(v.toLowerCase(Locale.ROOT)));
          values.add(decoded);
        }
      }
    }
    if (!values.isEmpty()) {
      out.append(label).append(": ").append(String.join(", ", values)).append('\n');
    }
  }

  private static boolean containedIn(Set<String> values, String candidate) {
    String lower = candidate.toLowerCase(Locale.ROOT);
    return values.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(lower));
  }

  private static String decode(String value) {
    return value.contains("=?")
        ? DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT, null, SUPERSETS)
        : value;
  }

  private static String oneLine(String value) {
    return value.replaceAll("\\s+", " ").strip();
  }

  /** The address and subject headers of the mail in {@code file}; see {@link #peek}. */
  static Map<String, String> read(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return peek(in);
    }
  }

  /**
   * The address and subject headers of the mail at the start of the stream, decoded, read
   * ahead without consuming it (an mbox envelope line before them is skipped); empty if there
   * is no header block in the first 64 KiB.
   */
  static Map<String, String> peek(InputStream stream) throws IOException {
    if (!stream.markSupported()) {
      return Map.of();
    }
    stream.mark(HEADER_BYTES);
    byte[] head;
    try {
      head = stream.readNBytes(HEADER_BYTES);
    } finally {
      stream.reset();
    }
    int end = headerEnd(head);
    byte[] block = Arrays.copyOf(head, end);
    // Headers should be ASCII (RFC 5322), but Japanese mailers write raw Shift_JIS or UTF-8;
    // the body may be in another charset, so only the header block is looked at.
    Charset charset = JapaneseEncodingDetector.detect(block, end < HEADER_BYTES);
    String text = new String(block, charset == null ? StandardCharsets.ISO_8859_1 : charset);
    List<String> unfolded = new ArrayList<>();
    for (String line : text.split("\r?\n", -1)) {
      if (line.isEmpty()) {
        break;
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && !unfolded.isEmpty()) {
        unfolded.set(unfolded.size() - 1, unfolded.get(unfolded.size() - 1) + line);
      } else if (!(unfolded.isEmpty() && line.startsWith("From "))) {
        unfolded.add(line);
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String header : unfolded) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = header.substring(0, colon).strip();
      for (String label : ADDRESSES) {
        if (label.equalsIgnoreCase(name)) {
          headers.merge(
              label, oneLine(decode(header.substring(colon + 1))), (a, b) -> a + ", " + b);
        }
      }
      if (SUBJECT.equalsIgnoreCase(name)) {
        headers.putIfAbsent(SUBJECT, oneLine(decode(header.substring(colon + 1))));
      }
    }
    headers.values().removeIf(String::isBlank);
    return headers;
  }

  /** Where the header block ends: at its empty line, or the end of {@code head}. */
  private static int headerEnd(byte[] head) {
    for (int i = 0; i + 1 < head.length; i++) {
      if (head[i] == '\n'
          && (head[i + 1] == '\n'
              || (head[i + 1] == '\r' && i + 2 < head.length && head[i + 2] == '\n'))) {
        return i + 1;
      }
    }
    return head.length;
  }
}
