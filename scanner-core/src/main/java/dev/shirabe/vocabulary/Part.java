package dev.shirabe.vocabulary;

import java.util.Map;
import java.util.Objects;

/**
 * One piece of text taken out of a file: the file's own body, one mail of an archive, one
 * attachment, one member of a ZIP. Immutable.
 *
 * @param locator where the part sits inside the file, segments joined by {@link #SEPARATOR};
 *     empty for the file's own body
 * @param text the extracted text; finding offsets are Java {@code char} offsets into it
 * @param metadata a few descriptive properties (content type, title, mail subject, …); see
 *     the constants of this class for the keys
 */
public record Part(String locator, String text, Map<String, String> metadata) {

  /** Joins the segments of a locator: {@code Inbox/Re: 面接 ▸ 履歴書.docx}. */
  public static final String SEPARATOR = " ▸ ";

  public static final String CONTENT_TYPE = "content-type";
  public static final String TITLE = "title";
  public static final String SUBJECT = "subject";

  public Part {
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(text, "text");
    metadata = Map.copyOf(metadata);
  }

  /** The property, or the empty string when the part does not have it. */
  public String meta(String key) {
    return metadata.getOrDefault(key, "");
  }
}
