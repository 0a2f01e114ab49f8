package dev.shirabe.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * The address headers of a mail, as text the detectors can read. Tika keeps them in metadata,
 * not in the body text; a scanner that skipped them would miss every sender and recipient.
 */
final class MailHeaders {

  private MailHeaders() {}

  private static final String RAW = Message.MESSAGE_RAW_HEADER_PREFIX;

  /**
   * "From: …\nTo: …\n…\n\n", or the empty string when the metadata is not a mail's. Each
   * value appears once, whichever of Tika's several properties carried it.
   */
  static String block(Metadata metadata) {
    StringBuilder out = new StringBuilder();
    line(out, "From", metadata, "Message-From", "Message:From-Name", "Message:From-Email",
        RAW + "From");
    line(out, "To", metadata, "Message-To", "Message:To-Display-Name", "Message:To-Email",
        RAW + "To");
    line(out, "Cc", metadata, "Message-Cc", "Message:CC-Display-Name", "Message:CC-Email",
        RAW + "Cc");
    line(out, "Bcc", metadata, "Message-Bcc", "Message:BCC-Display-Name", "Message:BCC-Email",
        RAW + "Bcc");
    line(out, "Reply-To", metadata, RAW + "Reply-To");
    if (out.length() == 0) {
      return "";
    }
    String subject = metadata.get(TikaCoreProperties.SUBJECT);
    if (subject != null && !subject.isBlank()) {
      out.append("Subject: ").append(oneLine(subject)).append('\n');
    }
    return out.append('\n').toString();
  }

  private static void line(StringBuilder out, String label, Metadata metadata, String... keys) {
    Set<String> values = new LinkedHashSet<>();
    for (String key : keys) {
      for (String value : metadata.getValues(key)) {
        String decoded = oneLine(decode(value));
        if (!decoded.isBlank() && !containedIn(values, decoded)) {
          values.removeIf(v -> decoded.toLowerCase(Locale.ROOT).contains(v.toLowerCase(Locale.ROOT)));
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
    return value.contains("=?") ? DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT) : value;
  }

  private static String oneLine(String value) {
    return value.replaceAll("\\s+", " ").strip();
  }

  /**
   * The Subject header of the mail at the start of the stream, read ahead without consuming
   * it; null if there is none in the first 64 KiB.
   */
  static String peekSubject(InputStream stream) throws IOException {
    if (!stream.markSupported()) {
      return null;
    }
    int limit = 64 * 1024;
    stream.mark(limit);
    byte[] head;
    try {
      head = stream.readNBytes(limit);
    } finally {
      stream.reset();
    }
    // Headers are ASCII (RFC 5322); non-ASCII subjects are encoded words, decoded below.
    String text = new String(head, StandardCharsets.ISO_8859_1);
    List<String> unfolded = new ArrayList<>();
    for (String line : text.split("\r?\n", -1)) {
      if (line.isEmpty()) {
        break;
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && !unfolded.isEmpty()) {
        unfolded.set(unfolded.size() - 1, unfolded.get(unfolded.size() - 1) + line);
      } else {
        unfolded.add(line);
      }
    }
    for (String header : unfolded) {
      if (header.regionMatches(true, 0, "Subject:", 0, 8)) {
        return oneLine(decode(header.substring(8)));
      }
    }
    return null;
  }
}
