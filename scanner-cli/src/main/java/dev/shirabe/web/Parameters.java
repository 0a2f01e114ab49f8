package dev.shirabe.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The parameters of a query string or of a posted form, decoded as UTF-8, in order. */
final class Parameters {

  /** A form longer than this is refused: a lookup's criteria are a few lines. */
  static final int MAX_FORM_BYTES = 64 * 1024;

  private final Map<String, List<String>> values;

  private Parameters(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * Parses {@code a=1&b=2} (null or empty: none).
   *
   * @throws IllegalArgumentException for a malformed escape
   */
  static Parameters parse(String raw) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (raw != null && !raw.isEmpty()) {
      for (String pair : raw.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    return new Parameters(values);
  }

  /** The form a request posted, at most {@link #MAX_FORM_BYTES}; null when longer. */
  static Parameters form(InputStream body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_FORM_BYTES) {
        return null;
      }
    }
    return parse(out.toString(StandardCharsets.US_ASCII));
  }

  /** The first value of {@code name}, or null; an empty value counts as none. */
  String first(String name) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() || v.get(0).isEmpty() ? null : v.get(0);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  /** Every line of every value of {@code name}, stripped, blank lines left out. */
  List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    for (String v : values.getOrDefault(name, List.of())) {
      v.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(out::add);
    }
    return out;
  }

  /** These parameters but {@code name}, as a query string ("" when none are left). */
  String without(String name) {
    return values.entrySet().stream()
        .filter(e -> !e.getKey().equals(name))
        .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
        .collect(Collectors.joining("&"));
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
