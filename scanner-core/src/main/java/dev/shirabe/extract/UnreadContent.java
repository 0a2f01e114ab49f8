package dev.shirabe.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * What a parse left unread without failing, so that "nothing found" never stands for "could not
 * look": a document whose format Tika knows but no parser reads (RAR, LZH and Zstandard
 * archives, disk images), and members of a container that could not be opened
 * (an encrypted zip's entries), which Tika notes in the container's metadata and passes over.
 */
final class UnreadContent {

  /** Where the parser of last resort leaves the type it could not read. */
  static final String NO_PARSER = "X-Shirabe-No-Parser";

  /** Formats that hold no text to look for: pictures (OCR has its own reasons), sound, film. */
  private static final Set<String> MEDIA = Set.of("image", "audio", "video", "font");

  private UnreadContent() {}

  /**
   * Notes that no parser reads the document's format, unless the format is unknown (plain bytes,
   * which say nothing of holding data) or media.
   */
  static void noParser(Metadata metadata) {
    MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
    if (type == null || type.getBaseType().equals(MediaType.OCTET_STREAM)
        || MEDIA.contains(type.getType())) {
      return;
    }
    metadata.set(NO_PARSER, type.getBaseType().toString());
  }

  /** Why the document itself was not read, or null. */
  static String format(Metadata metadata) {
    String type = metadata.get(NO_PARSER);
    return type == null ? null
        : "its format (" + type + ") has no parser here; its contents were not read";
  }

  /**
   * Why members of the container could not be opened, one reason a member. The reason names the
   * kind of failure, not the member (whose name the exception's message holds).
   */
  static List<String> members(Metadata metadata) {
    List<String> reasons = new ArrayList<>();
    for (String trace : metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_EMBEDDED_STREAM)) {
      String first = trace.lines().findFirst().orElse("").strip();
      int colon = first.indexOf(':');
      String type = colon < 0 ? first : first.substring(0, colon);
      String kind = type.substring(type.lastIndexOf('.') + 1);
      reasons.add(first.toLowerCase(Locale.ROOT).contains("encrypt")
          ? TikaExtractor.ENCRYPTED
          : "an embedded document could not be opened (" + kind + ")");
    }
    return reasons;
  }
}
