package dev.shirabe.extract;

import dev.shirabe.vocabulary.Part;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PST;
import org.apache.tika.metadata.TikaCoreProperties;

/** Turns Tika's metadata into locator segments and parts. Stateless. */
final class PartAssembly {

  private PartAssembly() {}

  /**
   * The locator segment of an embedded document: a PST mail's folder path and subject
   * ({@code Inbox/Re: 面接}), an archive member's or attachment's name, an MBOX mail's number
   * and subject ({@code #3 Re: 面接}), or its number alone.
   *
   * @param index the document's position among its siblings, from 1
   * @param subject the subject read ahead from a mail's headers, or null
   * @param pstFolder the folder of a PST mail as the PST parser's output shows it, or null
   */
  static String segment(Metadata metadata, int index, String subject, String pstFolder) {
    String tikaFolder = metadata.get(PST.PST_FOLDER_PATH);
    String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    if (tikaFolder != null) {
      // Tika names a PST mail "<subject>.msg"; the folder and subject are what a user knows.
      String title =
          name == null ? "" : name.endsWith(".msg") ? name.substring(0, name.length() - 4) : name;
      String folder = pstFolder != null ? pstFolder : tikaFolder;
      folder = folder.startsWith("/") ? folder.substring(1) : folder;
      if (title.isBlank()) {
        title = "#" + index;
      }
      return folder.isEmpty() ? title : folder + "/" + title;
    }
    if (name != null && !name.isBlank()) {
      return name;
    }
    return subject == null || subject.isBlank() ? "#" + index : "#" + index + " " + subject;
  }

  /**
   * @param headers the mail's own address and subject headers, empty if not a mail or unread
   */
  static Part part(String locator, String body, Metadata metadata, Map<String, String> headers) {
    Map<String, String> meta = new LinkedHashMap<>();
    put(meta, Part.CONTENT_TYPE, metadata.get(Metadata.CONTENT_TYPE));
    String subject = MailHeaders.subject(metadata, headers);
    String title = metadata.get(TikaCoreProperties.TITLE);
    // Tika titles a mail with its subject, as decoded by Tika.
    boolean titledBySubject =
        title != null && title.equals(metadata.get(TikaCoreProperties.SUBJECT));
    put(meta, Part.TITLE, titledBySubject ? subject : title);
    put(meta, Part.SUBJECT, subject);
    return new Part(locator, MailHeaders.block(metadata, headers) + body, meta);
  }

  private static void put(Map<String, String> meta, String key, String value) {
    if (value != null && !value.isBlank()) {
      meta.put(key, value);
    }
  }

  /** A one-line reason for a parse failure: the innermost cause's message, no stack. */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    if (root instanceof LimitExceededException) {
      return message;
    }
    String kind = root.getClass().getSimpleName();
    if (message == null || message.isBlank()) {
      return "could not be parsed (" + kind + ")";
    }
    message = message.strip().replaceAll("\\s+", " ");
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    return "could not be parsed (" + kind + "): " + message;
  }
}
