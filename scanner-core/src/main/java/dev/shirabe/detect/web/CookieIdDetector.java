package dev.shirabe.detect.web;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.text.WordList;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds cookie and session identifiers written as {@code name=value}: always with the cookie's
 * name, never a bare random string. A pair counts when
 *
 * <ul>
 *   <li>its name is a known identifying cookie (dictionaries {@code web/analytics-cookies.txt}:
 *       {@code _ga}, {@code _gid}, … with subtype {@code analytics}; {@code
 *       web/session-cookies.txt}: {@code JSESSIONID}, {@code PHPSESSID}, {@code
 *       ASP.NET_SessionId}, … with subtype {@code session}), wherever it stands: a Cookie
 *       header, a log field that records the cookies, a URL's {@code ;jsessionid=}; or
 *   <li>any other name stands in a cookie header or field (the line has {@code cookie:} or
 *       {@code cookie=} before the pair) and its value looks generated: 16 chars or more,
 *       letters and digits both (subtype {@code session}). Set-Cookie's attributes (Path,
 *       Expires, …) are not cookies.
 * </ul>
 *
 * A value must hold a digit or be 16 chars long: {@code JSESSIONID=deleted}, {@code
 * sessionid=null} are not identifiers. The span is the pair, so that the mask
 * ({@code Masking.Rule.VALUE_AFTER_NAME}) shows which cookie and stars its value; {@code
 * normalized} is the pair as written (cookie values are case-sensitive).
 */
public final class CookieIdDetector implements Detector {

  public static final String NAME = "cookie-id";

  public static final String ANALYTICS = "analytics";

  public static final String SESSION = "session";

  /** A known identifying cookie's name before a well-formed value is hardly anything else. */
  private static final double KNOWN_NAME_CONFIDENCE = 0.85;

  /** Another cookie of a Cookie header with a generated-looking value. */
  private static final double HEADER_CONFIDENCE = 0.7;

  private static final int MIN_VALUE = 8;

  private static final int GENERATED_VALUE = 16;

  /** Longer is a token or a blob (a JWT, a serialised session), not an identifier to report. */
  private static final int MAX_VALUE = 512;

  private static final int MAX_NAME = 64;

  private static final Set<String> ATTRIBUTES = Set.of("path", "domain", "expires", "max-age",
      "samesite", "secure", "httponly", "priority", "version", "comment", "partitioned");

  private final List<String> analytics = WordList.load("web/analytics-cookies.txt");
  private final List<String> sessions = WordList.load("web/session-cookies.txt");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Finding> detect(DetectionText text) {
    String folded = text.folded();
    List<Finding> findings = new ArrayList<>();
    int n = folded.length();
    int done = 0;
    for (int eq = folded.indexOf('='); eq >= 0; eq = folded.indexOf('=', eq + 1)) {
      if (eq < done) {
        continue;
      }
      int start = eq;
      while (start > 0 && eq - start <= MAX_NAME && isNameChar(folded.charAt(start - 1))) {
        start--;
      }
      if (start == eq || (start > 0 && isNameChar(folded.charAt(start - 1)))) {
        continue;
      }
      int end = eq + 1;
      while (end < n && end - eq <= MAX_VALUE + 1 && isValueChar(folded.charAt(end))) {
        end++;
      }
      while (end < n && folded.charAt(end) == '=') {
        end++; // base64 padding belongs to the value
      }
      int valueStart = eq + 1;
      int valueEnd = end;
      // A value's last char may be a sentence's full stop or a colon of the prose around it.
      while (valueEnd > valueStart && ".:".indexOf(folded.charAt(valueEnd - 1)) >= 0) {
        valueEnd--;
      }
      if (end - eq > MAX_VALUE + 1 || (end < n && isNameChar(folded.charAt(end)))) {
        done = end;
        continue;
      }
      String name = folded.substring(start, eq).toLowerCase(Locale.ROOT);
      String value = folded.substring(valueStart, valueEnd);
      String subtype = known(name);
      double confidence = KNOWN_NAME_CONFIDENCE;
      if (subtype == null) {
        if (!ATTRIBUTES.contains(name) && inCookieField(folded, start) && looksGenerated(value)) {
          subtype = SESSION;
          confidence = HEADER_CONFIDENCE;
        }
      } else if (!wellFormed(value)) {
        subtype = null;
      }
      if (subtype != null) {
        findings.add(text.finding(FindingType.COOKIE_ID, subtype, start, valueEnd,
            text.original().substring(start, valueEnd), confidence, NAME));
      }
      done = end;
    }
    return findings;
  }

  /** The subtype of a known identifying cookie's name, or null. */
  private String known(String name) {
    if (matches(analytics, name)) {
      return ANALYTICS;
    }
    return matches(sessions, name) ? SESSION : null;
  }

  private static boolean matches(List<String> names, String name) {
    for (String entry : names) {
      int star = entry.indexOf('*');
      boolean hit = star < 0 ? entry.equals(name)
          : name.length() > entry.length() - 1 && name.startsWith(entry.substring(0, star))
              && name.endsWith(entry.substring(star + 1));
      if (hit) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a Cookie or Set-Cookie header, or a log field of that name, opens before the
   * pair on its line: {@code Cookie: a=…; b=…}, {@code cookie="a=…"}.
   */
  private static boolean inCookieField(String s, int start) {
    int lineStart = s.lastIndexOf('\n', start - 1) + 1;
    String before = s.substring(lineStart, start).toLowerCase(Locale.ROOT);
    int at = before.lastIndexOf("cookie");
    if (at < 0) {
      return false;
    }
    int after = at + "cookie".length();
    while (after < before.length() && before.charAt(after) == ' ') {
      after++;
    }
    return after < before.length() && ":=\"".indexOf(before.charAt(after)) >= 0;
  }

  /** A known cookie's value: long enough, and with a digit or long enough to be generated. */
  private static boolean wellFormed(String value) {
    return value.length() >= MIN_VALUE && (hasDigit(value) || value.length() >= GENERATED_VALUE);
  }

  /** Another cookie's value: 16 chars or more, letters and digits both. */
  private static boolean looksGenerated(String value) {
    if (value.length() < GENERATED_VALUE || !hasDigit(value)) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isLetter(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (isDigit(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** RFC 6265 token chars that cookie names use in practice. */
  private static boolean isNameChar(char c) {
    return isAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '$';
  }

  /** RFC 6265 cookie-octets in use, less the quote, comma, semicolon, backslash and {@code =}. */
  private static boolean isValueChar(char c) {
    return isAsciiLetterOrDigit(c) || "_.~+/%:-!*|".indexOf(c) >= 0;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
