package dev.shirabe.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * How every response leaves: with the security headers, whatever its status. The policy
 * allows nothing but the page's own inline style, by a nonce new for each response: no
 * script, image, font, frame or connection, no form posting elsewhere, no framing by another
 * page. Nothing is cached, and no address is sent on as a referrer.
 */
final class Responses {

  private final SecureRandom random;

  Responses(SecureRandom random) {
    this.random = random;
  }

  /** A fresh nonce for one response's style element (128 bits). */
  String nonce() {
    byte[] b = new byte[16];
    random.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  /** The policy of a page whose style element carries {@code nonce} (null: no style at all). */
  static String contentSecurityPolicy(String nonce) {
    return "default-src 'none'; style-src " + (nonce == null ? "'none'" : "'nonce-" + nonce + "'")
        + "; img-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  }

  /** Sends an HTML page whose style element carries {@code nonce}. */
  static void html(HttpExchange exchange, int status, String nonce, byte[] page)
      throws IOException {
    send(exchange, status, "text/html; charset=utf-8", nonce, page);
  }

  /** Sends a short plain-text message (an error, a refusal). */
  static void text(HttpExchange exchange, int status, String message) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", null,
        (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Sends the browser on to {@code location} (a path on this server). */
  static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    send(exchange, 303, "text/plain; charset=utf-8", null, new byte[0]);
  }

  private static void send(HttpExchange exchange, int status, String type, String nonce,
      byte[] body) throws IOException {
    Headers h = exchange.getResponseHeaders();
    h.set("Content-Type", type);
    h.set("Content-Security-Policy", contentSecurityPolicy(nonce));
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cache-Control", "no-store");
    h.set("X-Frame-Options", "DENY");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
