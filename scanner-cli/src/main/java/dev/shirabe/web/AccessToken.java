package dev.shirabe.web;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The secret that lets a request in: 256 random bits, printed in the URL at start. A browser
 * brings it once in the URL ({@code ?token=}), and then in an HttpOnly, SameSite=Strict
 * cookie, which no script can read and no other site's page can send; a script may send it
 * as {@code Authorization: Bearer}. Compared in constant time.
 *
 * <p>The cookie's name carries the port: cookies are not kept apart by port, and two servers
 * on one machine must not overwrite each other's.
 */
final class AccessToken {

  static final String PARAMETER = "token";

  /** What a request brought. */
  enum Verdict {
    /** No token at all: 401. */
    NONE,
    /** A token, not this one: 403. */
    WRONG,
    /** This token, in a cookie or header. */
    GOOD,
    /** This token, in the URL: set the cookie and send the browser to the URL without it. */
    GOOD_IN_URL
  }

  private final String value;
  private final byte[] bytes;
  private final String cookie;

  AccessToken(SecureRandom random, int port) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    this.value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    this.bytes = value.getBytes(StandardCharsets.US_ASCII);
    this.cookie = "shirabe-" + port;
  }

  /** The token, for the URL printed at start. */
  String value() {
    return value;
  }

  /**
   * What the request brought: the URL's token first (a new URL after a restart replaces an
   * old cookie), then the header, then the cookie.
   *
   * @param urlToken the value of {@code token} in the query, or null
   */
  Verdict check(String urlToken, Headers headers) {
    if (urlToken != null) {
      return matches(urlToken) ? Verdict.GOOD_IN_URL : Verdict.WRONG;
    }
    String authorization = headers.getFirst("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return matches(authorization.substring(7).strip()) ? Verdict.GOOD : Verdict.WRONG;
    }
    String fromCookie = cookie(headers.get("Cookie"));
    if (fromCookie == null) {
      return Verdict.NONE;
    }
    return matches(fromCookie) ? Verdict.GOOD : Verdict.WRONG;
  }

  /** The Set-Cookie header that keeps the token in the browser for this session. */
  String setCookie() {
    return cookie + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  }

  private String cookie(List<String> headers) {
    if (headers == null) {
      return null;
    }
    for (String header : headers) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).strip().equals(cookie)) {
          return pair.substring(eq + 1).strip();
        }
      }
    }
    return null;
  }

  /** Constant time for a token of the right length (the length is no secret). */
  private boolean matches(String candidate) {
    return MessageDigest.isEqual(bytes, candidate.getBytes(StandardCharsets.UTF_8));
  }
}
