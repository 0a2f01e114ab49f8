package dev.shirabe.testcorpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Writes one RFC 5322 mail the way Japanese mailers do: non-ASCII headers as encoded words
 * (an attachment's name too, inside its quotes, as Outlook and Becky! write it), the text in
 * ISO-2022-JP (7bit) or UTF-8 (base64 or quoted-printable), attachments in base64.
 */
final class MailMessage {

  record Address(String display, String email) {}

  private record Attachment(String name, String type, byte[] data) {}

  private final Charset charset;
  private final String transfer;
  private final List<String[]> headers = new ArrayList<>();
  private final List<Attachment> attachments = new ArrayList<>();
  private String text;
  private String html;
  private final String boundaryStem;

  /**
   * @param charset of the encoded-word headers and of the text parts
   * @param transfer the text parts' transfer encoding: 7bit, base64 or quoted-printable
   * @param boundaryStem makes the MIME boundaries of this mail (fixed, so output is repeatable)
   */
  MailMessage(Charset charset, String transfer, String boundaryStem) {
    this.charset = charset;
    this.transfer = transfer;
    this.boundaryStem = boundaryStem;
  }

  /** A header whose value is written as it is (ASCII only). */
  MailMessage header(String name, String value) {
    ascii(value);
    headers.add(new String[] {name, value});
    return this;
  }

  MailMessage addresses(String name, Address... addresses) {
    List<String> values = new ArrayList<>();
    for (Address a : addresses) {
      if (a.display() == null || a.display().isEmpty()) {
        values.add(a.email());
      } else if (isAscii(a.display())) {
        String display = a.display().matches("[A-Za-z0-9 .'-]+") ? a.display() : quoted(a.display());
        values.add(display + " <" + a.email() + ">");
      } else {
        values.add(encodedWords(a.display()) + " <" + a.email() + ">");
      }
    }
    headers.add(new String[] {name, String.join(",\n ", values)});
    return this;
  }

  MailMessage subject(String subject) {
    headers.add(new String[] {"Subject", isAscii(subject) ? subject : encodedWords(subject)});
    return this;
  }

  MailMessage text(String body) {
    this.text = body;
    return this;
  }

  /** Sends the text with an HTML alternative, as most mailers do. */
  MailMessage html(String body) {
    this.html = body;
    return this;
  }

  MailMessage attach(String name, String contentType, byte[] data) {
    attachments.add(new Attachment(name, contentType, data));
    return this;
  }

  /** The whole message; {@code eol} is CRLF for a saved .eml, LF inside an mbox. */
  byte[] bytes(String eol) {
    StringBuilder out = new StringBuilder();
    for (String[] h : headers) {
      out.append(h[0]).append(": ").append(h[1]).append('\n');
    }
    out.append("MIME-Version: 1.0\n");
    if (attachments.isEmpty()) {
      body(out);
    } else {
      String boundary = "----=_NextPart_000_" + boundaryStem + "_mixed";
      out.append("Content-Type: multipart/mixed;\n\tboundary=\"").append(boundary).append("\"\n\n");
      out.append("This is a multi-part message in MIME format.\n\n");
      out.append("--").append(boundary).append('\n');
      body(out);
      for (Attachment a : attachments) {
        String name = isAscii(a.name()) ? a.name() : encodedWord(a.name());
        out.append("\n--").append(boundary).append('\n');
        out.append("Content-Type: ").append(a.type()).append(";\n\tname=\"").append(name).append("\"\n");
        out.append("Content-Transfer-Encoding: base64\n");
        out.append("Content-Disposition: attachment;\n\tfilename=\"").append(name).append("\"\n\n");
        out.append(base64Lines(a.data()));
      }
      out.append("\n--").append(boundary).append("--\n");
    }
    String message = out.toString().replace("\n", eol);
    ascii(message);
    return message.getBytes(StandardCharsets.US_ASCII);
  }

  private void body(StringBuilder out) {
    if (html == null) {
      textPart(out, "text/plain", text);
      return;
    }
    String boundary = "----=_NextPart_001_" + boundaryStem + "_alt";
    out.append("Content-Type: multipart/alternative;\n\tboundary=\"").append(boundary).append("\"\n\n");
    out.append("--").append(boundary).append('\n');
    textPart(out, "text/plain", text);
    out.append("\n--").append(boundary).append('\n');
    textPart(out, "text/html", html);
    out.append("\n--").append(boundary).append("--\n");
  }

  private void textPart(StringBuilder out, String type, String body) {
    out.append("Content-Type: ").append(type).append("; charset=\"")
        .append(charset.name()).append("\"\n");
    out.append("Content-Transfer-Encoding: ").append(transfer).append("\n\n");
    byte[] bytes = Corpus.encode(body, charset);
    switch (transfer) {
      case "7bit" -> out.append(escapeFromLines(new String(bytes, StandardCharsets.US_ASCII)));
      case "base64" -> out.append(base64Lines(bytes));
      case "quoted-printable" -> out.append(quotedPrintable(bytes));
      default -> throw new IllegalArgumentException(transfer);
    }
    if (out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  /** "From " at the start of a body line would split an mbox; mailers write ">From ". */
  private static String escapeFromLines(String body) {
    return body.replaceAll("(?m)^From ", ">From ");
  }

  /** Encoded words of at most ten characters each, one per folded line. */
  private String encodedWords(String value) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < value.length(); i += 10) {
      words.add(encodedWord(value.substring(i, Math.min(value.length(), i + 10))));
    }
    return String.join("\n ", words);
  }

  private String encodedWord(String value) {
    return "=?" + charset.name() + "?B?"
        + Base64.getEncoder().encodeToString(Corpus.encode(value, charset)) + "?=";
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String base64Lines(byte[] data) {
    return Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(data) + "\n";
  }

  private static String quotedPrintable(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        out.append(qpLine(Arrays.copyOfRange(bytes, start, i)));
        if (i < bytes.length) {
          out.append('\n');
        }
        start = i + 1;
      }
    }
    return out.toString();
  }

  private static String qpLine(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int width = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      boolean last = i == bytes.length - 1;
      String token;
      if ((b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last)) {
        token = String.valueOf((char) b);
      } else {
        token = String.format("=%02X", b);
      }
      if (width + token.length() > 75) {
        out.append("=\n");
        width = 0;
      }
      out.append(token);
      width += token.length();
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }

  private static void ascii(String s) {
    if (!isAscii(s)) {
      throw new IllegalArgumentException("a raw header or body must be ASCII: " + s);
    }
  }
}
