package dev.shirabe.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Recognises an mbox archive by its name and its envelope line. Tika's magic also wants a
 * familiar header within the first 256 bytes, so an archive whose first mail starts with an
 * unusual one (a comment, a long trace header) is taken for text or HTML and read as a single
 * document, its mails neither separated nor given their headers.
 */
final class MboxDetector implements Detector {

  private static final byte[] ENVELOPE = "From ".getBytes(StandardCharsets.US_ASCII);

  @Override
  public MediaType detect(InputStream input, Metadata metadata) throws IOException {
    String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    if (input == null || name == null || !name.toLowerCase(Locale.ROOT).endsWith(".mbox")) {
      return MediaType.OCTET_STREAM;
    }
    input.mark(ENVELOPE.length);
    byte[] head;
    try {
      head = input.readNBytes(ENVELOPE.length);
    } finally {
      input.reset();
    }
    return Arrays.equals(head, ENVELOPE) ? MboxSplitter.MBOX : MediaType.OCTET_STREAM;
  }
}
