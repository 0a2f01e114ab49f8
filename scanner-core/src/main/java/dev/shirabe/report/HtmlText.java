package dev.shirabe.report;

/**
 * Text made safe to put in an HTML page, shared by the pages Shirabe writes (the disclosure
 * report, the ledger and no-purpose reports): whatever a path, mail subject or label holds
 * cannot close an element or attribute, or start a script.
 */
public final class HtmlText {

  private HtmlText() {}

  /**
   * Text from a scanned file (a path, a member's name, a mail subject) as HTML content or
   * attribute value: its control characters shown escaped ({@link SafeText}), which also keeps
   * the page valid HTML, then {@link #escape escaped} for HTML.
   */
  public static String data(String s) {
    return escape(SafeText.escape(s));
  }

  /**
   * The text as HTML content or as an attribute value in double or single quotes: the five
   * characters that could end either written as references; null as empty.
   */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A table cell's text: its lines as lines, and a place to break after each underscore, so
   * that ids such as {@code my_number_outside_permitted_purpose} wrap there instead of
   * widening the table past the window (the ledger's 18 columns must fit 1280 px).
   */
  public static String cell(String text) {
    return escape(text).replace("\n", "<br>").replace("_", "_<wbr>");
  }
}
