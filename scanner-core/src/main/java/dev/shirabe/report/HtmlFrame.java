package dev.shirabe.report;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a page Shirabe writes (the disclosure report, the ledger and the other reports) gets
 * from the place that shows it: the pages are self-contained files by default ({@link
 * #STANDALONE}); the local web page ({@code shirabe serve}) shows the same pages with its
 * navigation above them, and with the nonce its Content-Security-Policy allows inline styles
 * by. One renderer per page serves both, so the page served and the file written cannot drift.
 *
 * @param styleNonce the nonce of the page's {@code <style>} element, or null for none (a
 *     file opened from disk has no policy to satisfy)
 * @param extraStyle CSS appended to the page's own (the navigation's)
 * @param header HTML written first in the body, as it is: the caller's own markup, escaped
 *     by the caller
 * @param fileHref where a file named on the page links to, given the file's key in the
 *     inventory (null: no link); null for no links at all
 */
public record HtmlFrame(String styleNonce, String extraStyle, String header,
    Function<String, String> fileHref) {

  /** A page on its own: no nonce, nothing added, no links. */
  public static final HtmlFrame STANDALONE = new HtmlFrame(null, "", "", null);

  public HtmlFrame {
    Objects.requireNonNull(extraStyle, "extraStyle");
    Objects.requireNonNull(header, "header");
  }

  /**
   * {@code shown} (HTML already escaped) as a link to the file whose key is {@code file}, when
   * the frame links files; else as it is.
   */
  public String linkFile(String file, String shown) {
    String href = fileHref == null || file == null ? null : fileHref.apply(file);
    return href == null ? shown : "<a href=\"" + HtmlText.escape(href) + "\">" + shown + "</a>";
  }

  /** The opening tag of the page's style element. */
  public String styleTag() {
    return styleNonce == null ? "<style>" : "<style nonce=\"" + HtmlText.escape(styleNonce) + "\">";
  }
}
