package dev.shirabe.detect.identifiers;

import dev.shirabe.detect.ContextWords;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds IPv4 and IPv6 addresses, full-width ones too, with a hand-written parser over the
 * folded text (no regex, no name resolution): only where a digit starts a dotted quad or a
 * colon stands inside a run of hex digits is anything tried.
 *
 * <p>IPv4 is four decimal octets 0–255 standing alone: not touched by a letter (so
 * {@code v2.0.1.3} is a version) nor after a word and a slash ({@code Chrome/120.0.0.0}, a
 * product version in a user-agent string), not part of a longer dotted number
 * ({@code 1.3.6.1.4.1}, an OID; {@code 1.2.3.4.5}). An octet with a leading zero ({@code 010})
 * is refused: some parsers read it as octal, and such quads are mostly zero-padded codes or
 * dates. A quad of single digits ({@code 1.2.3.4}) is more often a section or version number
 * than an address, so it starts below the reporting threshold and needs an address word near
 * it ("IP", "host"). Version words ("version", "ver", "build", "バージョン") oppose a quad through
 * {@code context/ip-address-not.txt}.
 *
 * <p>IPv6 is the RFC 4291 text form: eight groups, or fewer around one {@code ::}, the last
 * two may be a dotted quad ({@code ::ffff:192.0.2.1}); a zone index ({@code fe80::1%eth0})
 * belongs to the span but not to the normalised value, since it names an interface of the
 * machine that wrote it. MAC addresses (six groups), times ({@code 12:30:45}) and words
 * joined by colons ({@code std::vector}, {@code 注意:}) do not have that shape; eight groups of
 * exactly two hex digits are bytes (an EUI-64, a hex dump), and two short groups around
 * {@code ::} ({@code a::b}) notation, so neither counts.
 *
 * <p>Addresses that name no single machine are left out: 0.x.x.x, multicast and reserved IPv4
 * (224 and above, where netmasks such as 255.255.255.0 fall), the unspecified {@code ::} and
 * IPv6 multicast ({@code ff00::/8}).
 *
 * <p>A CIDR suffix ({@code /24}) is left out of the span: the address is what identifies a
 * host and what a lookup hashes. An address whose suffix leaves it no host bits
 * ({@code 10.0.0.0/8}, {@code 2001:db8::/32}) names a network and is not reported.
 *
 * <p>{@code normalized} is dotted decimal for IPv4 and RFC 5952 for IPv6 (lower case, no
 * leading zeros, the longest run of zero groups as {@code ::}, an IPv4-mapped address as
 * {@code ::ffff:a.b.c.d}). Addresses no one is reachable at from the
 * internet (RFC 1918, loopback, link-local, IPv6 unique-local and site-local) carry
 * {@code "subtype": "private"}: they still identify a machine within the company.
 */
public final class IpAddressDetector implements Detector {

  public static final String NAME = "ip-address";

  public static final String PRIVATE = "private";

  /** A valid quad standing alone in prose is usually an address. */
  private static final double IPV4_CONFIDENCE = 0.6;

  /** Below the reporting threshold: reported only when an address word stands near. */
  private static final double SMALL_QUAD_CONFIDENCE = 0.35;

  /** Eight colon-separated groups of hex digits are hardly anything else. */
  private static final double IPV6_FULL_CONFIDENCE = 0.85;

  private static final double IPV6_COMPRESSED_CONFIDENCE = 0.7;

  /**
   * The longest IPv6 text form: eight groups, or six and a dotted quad (45 chars); a run may
   * have two chars more, a glued label's colon and a full stop.
   */
  private static final int MAX_IPV6_CHARS = 45;

  private static final int MAX_ZONE_CHARS = 32;

  private static final int MAX_LABEL_CHARS = 16;

  /** The supporting context words: as a label glued to an address by a colon they end before it. */
  private final Set<String> labels =
      Set.copyOf(ContextWords.of(FindingType.IP_ADDRESS).supporting());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Finding> detect(DetectionText text) {
    String folded = text.folded();
    List<Finding> findings = new ArrayList<>();
    findIpv6(text, folded, findings);
    int ipv6Count = findings.size();
    findIpv4(text, folded, findings, ipv6Count);
    return findings;
  }

  // ---- IPv4 ----

  private static void findIpv4(
      DetectionText text, String folded, List<Finding> findings, int ipv6Count) {
    int n = folded.length();
    int[] octets = new int[4];
    int ipv6Done = 0; // IPv6 findings are in text order: those before i are passed
    for (int i = 0; i < n; i++) {
      if (!isDigit(folded.charAt(i)) || (i > 0 && !canPrecede(folded.charAt(i - 1)))
          || isProductVersion(folded, i)) {
        continue;
      }
      int end = parseQuad(folded, i, octets);
      if (end < 0) {
        continue; // the later digits of this run are preceded by a digit: not tried
      }
      while (ipv6Done < ipv6Count && findings.get(ipv6Done).end() <= i) {
        ipv6Done++;
      }
      boolean inIpv6 = ipv6Done < ipv6Count && findings.get(ipv6Done).start() <= i;
      if (!standsAlone(folded, end) || inIpv6 || !ipv4NamesAHost(octets)
          || isNetwork(octets, 8, prefixLength(folded, end, 32))) {
        i = end - 1;
        continue;
      }
      boolean small = octets[0] < 10 && octets[1] < 10 && octets[2] < 10 && octets[3] < 10;
      findings.add(text.finding(FindingType.IP_ADDRESS, isPrivateIpv4(octets) ? PRIVATE : null, i, end, octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3],
          small ? SMALL_QUAD_CONFIDENCE : IPV4_CONFIDENCE, NAME));
      i = end - 1;
    }
  }

  /**
   * Parses four octets from {@code from}; returns the offset after the last, or -1 when there
   * is no valid quad there.
   */
  static int parseQuad(String s, int from, int[] octets) {
    int i = from;
    for (int k = 0; k < 4; k++) {
      if (k > 0) {
        if (i >= s.length() || s.charAt(i) != '.') {
          return -1;
        }
        i++;
      }
      int start = i;
      int value = 0;
      while (i < s.length() && isDigit(s.charAt(i)) && i - start < 4) {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      int digits = i - start;
      if (digits == 0 || digits > 3 || value > 255 || (digits > 1 && s.charAt(start) == '0')) {
        return -1;
      }
      octets[k] = value;
    }
    return i;
  }

  /** Not a letter, digit or underscore after the quad, and no ".digit" going on. */
  private static boolean standsAlone(String s, int end) {
    if (end >= s.length()) {
      return true;
    }
    char c = s.charAt(end);
    if (isAsciiWordChar(c)) {
      return false;
    }
    return !(c == '.' && end + 1 < s.length() && isDigit(s.charAt(end + 1)));
  }

  /** A letter before a quad makes it a version (v2.0.1.3), a dot a longer number. */
  private static boolean canPrecede(char c) {
    return !isAsciiWordChar(c) && c != '.';
  }

  /**
   * True after a word and a slash: the version of a product token, as user-agent strings and
   * server banners write them ("Chrome/120.0.0.0", "Apache/2.4.57.1"); a URL's "//" is not one.
   */
  private static boolean isProductVersion(String s, int i) {
    return i > 1 && s.charAt(i - 1) == '/' && isAsciiWordChar(s.charAt(i - 2));
  }

  /**
   * False for quads that name no single machine: 0.x.x.x ("this network"), multicast groups
   * (224–239) and the reserved range above, which holds netmasks (255.255.255.0) and the
   * broadcast address.
   */
  private static boolean ipv4NamesAHost(int[] o) {
    return o[0] != 0 && o[0] < 224;
  }

  private static boolean isPrivateIpv4(int[] o) {
    return o[0] == 10
        || (o[0] == 172 && o[1] >= 16 && o[1] <= 31)
        || (o[0] == 192 && o[1] == 168)
        || o[0] == 127
        || (o[0] == 169 && o[1] == 254);
  }

  // ---- both ----

  /** The n of a CIDR suffix "/n" (0 to {@code max}) at {@code end}, or -1 when none is there. */
  static int prefixLength(String s, int end, int max) {
    if (end + 1 >= s.length() || s.charAt(end) != '/' || !isDigit(s.charAt(end + 1))) {
      return -1;
    }
    int i = end + 1;
    int value = 0;
    while (i < s.length() && isDigit(s.charAt(i)) && i - end <= 3) {
      value = value * 10 + (s.charAt(i) - '0');
      i++;
    }
    boolean leadingZero = i - end > 2 && s.charAt(end + 1) == '0';
    boolean goesOn = i < s.length() && isAsciiWordChar(s.charAt(i));
    return value > max || leadingZero || goesOn ? -1 : value;
  }

  /**
   * True when a prefix shorter than the address leaves only zero host bits: "10.0.0.0/8" names
   * a network, not a machine ("10.0.0.5/24", an interface's address and mask, is one).
   */
  static boolean isNetwork(int[] parts, int bitsPerPart, int prefix) {
    if (prefix < 0 || prefix == parts.length * bitsPerPart) {
      return false;
    }
    for (int k = 0; k < parts.length; k++) {
      int hostBits = Math.min(bitsPerPart, Math.max(0, (k + 1) * bitsPerPart - prefix));
      if ((parts[k] & ((1 << hostBits) - 1)) != 0) {
        return false;
      }
    }
    return true;
  }

  // ---- IPv6 ----

  private void findIpv6(DetectionText text, String folded, List<Finding> findings) {
    int n = folded.length();
    int scanned = 0;
    for (int colon = folded.indexOf(':'); colon >= 0; colon = folded.indexOf(':', colon + 1)) {
      if (colon < scanned) {
        continue;
      }
      int start = colon;
      while (start > 0 && isIpv6Char(folded.charAt(start - 1)) && colon - start <= MAX_IPV6_CHARS) {
        start--;
      }
      int end = colon + 1;
      while (end < n && isIpv6Char(folded.charAt(end))) {
        end++;
      }
      scanned = end;
      // A run longer than any address is something else (a fingerprint, a hex dump): none of
      // its slices is tried. Each char is passed once to the right, at most 46 times leftward.
      if ((start > 0 && isIpv6Char(folded.charAt(start - 1)))
          || end - start > MAX_IPV6_CHARS + 2) {
        continue;
      }
      Finding f = ipv6(text, folded, start, end);
      int label = folded.indexOf(':', start);
      if (f == null && label + 1 < end && folded.charAt(label + 1) != ':'
          && isLabel(folded, label)) {
        // A label glued to the address by one colon ("IPv6:fe80::1", "addr:2001:db8::1").
        f = ipv6(text, folded, label + 1, end);
      }
      if (f != null) {
        findings.add(f);
        scanned = f.end();
      }
    }
  }

  /** True when the ASCII word that ends at {@code colon} is one of the address words. */
  private boolean isLabel(String s, int colon) {
    int wordStart = colon;
    while (wordStart > 0 && colon - wordStart < MAX_LABEL_CHARS
        && isAsciiWordChar(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    return wordStart < colon
        && labels.contains(s.substring(wordStart, colon).toLowerCase(Locale.ROOT));
  }

  /** The address in the run [start, end) of hex digits, colons and dots, or null. */
  private static Finding ipv6(DetectionText text, String s, int start, int end) {
    if ((start > 0 && isAsciiWordChar(s.charAt(start - 1)))
        || (end < s.length() && isAsciiWordChar(s.charAt(end)))) {
      return null;
    }
    // A lone colon or dot at either end is punctuation ("IPv6:fe80::1", "… ::1."), a double
    // colon belongs to the address.
    if (s.startsWith(":", start) && !s.startsWith("::", start)) {
      start++;
    }
    if (end - start > 1 && (s.charAt(end - 1) == '.'
        || (s.charAt(end - 1) == ':' && s.charAt(end - 2) != ':'))) {
      end--;
    }
    int[] groups = parseIpv6(s, start, end);
    if (groups == null) {
      return null;
    }
    if (!ipv6NamesAHost(groups) || isNetwork(groups, 16, prefixLength(s, end, 128))) {
      return null;
    }
    int spanEnd = end + zoneLength(s, end);
    if (spanEnd < s.length() && isAsciiWordChar(s.charAt(spanEnd))) {
      return null;
    }
    boolean compressed = s.indexOf("::", start) >= 0 && s.indexOf("::", start) < end;
    return text.finding(FindingType.IP_ADDRESS, isPrivateIpv6(groups) ? PRIVATE : null, start, spanEnd, canonical(groups),
        compressed ? IPV6_COMPRESSED_CONFIDENCE : IPV6_FULL_CONFIDENCE, NAME);
  }

  /**
   * The eight 16-bit groups of the address written in [start, end), or null when it is not
   * one. Needs at least one hex digit: a bare "::" in text is punctuation.
   */
  static int[] parseIpv6(String s, int start, int end) {
    List<Integer> head = new ArrayList<>(8);
    List<Integer> tail = new ArrayList<>(8);
    List<Integer> current = head;
    boolean compressed = false;
    int i = start;
    if (s.startsWith("::", i)) {
      compressed = true;
      current = tail;
      i += 2;
      if (i == end) {
        return null;
      }
    }
    while (i < end) {
      int groupStart = i;
      int value = 0;
      while (i < end && hexValue(s.charAt(i)) >= 0 && i - groupStart < 5) {
        value = value * 16 + hexValue(s.charAt(i));
        i++;
      }
      if (i < end && s.charAt(i) == '.') {
        // An embedded IPv4 address ends the text and counts as two groups.
        int[] octets = new int[4];
        if (parseQuad(s, groupStart, octets) != end) {
          return null;
        }
        current.add(octets[0] << 8 | octets[1]);
        current.add(octets[2] << 8 | octets[3]);
        i = end;
        break;
      }
      if (i == groupStart || i - groupStart > 4) {
        return null;
      }
      current.add(value);
      if (i == end) {
        break;
      }
      if (s.charAt(i) != ':') {
        return null;
      }
      i++;
      if (i < end && s.charAt(i) == ':') {
        if (compressed) {
          return null;
        }
        compressed = true;
        current = tail;
        i++;
      } else if (i == end) {
        return null; // a single trailing colon
      }
    }
    int count = head.size() + tail.size();
    if (compressed ? count > 7 : count != 8) {
      return null;
    }
    // Two short groups around "::" ("a::b", "1::2") are more often notation than an address;
    // real compressed addresses have a long group (fe80::1, 2001:db8::), three groups, or start
    // with "::" (::1).
    // Colon-separated pairs of hex digits are bytes (MAC, EUI-64, hex dumps, fingerprints).
    if (!compressed && allGroupsAreBytes(s, start, end)) {
      return null;
    }
    if (compressed && count < 3 && head.size() > 0 && longestGroup(s, start, end) < 3) {
      return null;
    }
    int[] groups = new int[8];
    for (int k = 0; k < head.size(); k++) {
      groups[k] = head.get(k);
    }
    for (int k = 0; k < tail.size(); k++) {
      groups[8 - tail.size() + k] = tail.get(k);
    }
    return groups;
  }

  private static boolean allGroupsAreBytes(String s, int start, int end) {
    int run = 0;
    for (int i = start; i <= end; i++) {
      if (i < end && hexValue(s.charAt(i)) >= 0) {
        run++;
      } else if (run != 2) {
        return false;
      } else {
        run = 0;
      }
    }
    return true;
  }

  private static int longestGroup(String s, int start, int end) {
    int longest = 0;
    int run = 0;
    for (int i = start; i < end; i++) {
      run = hexValue(s.charAt(i)) >= 0 ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /** False for the unspecified address (::) and multicast groups (ff00::/8). */
  private static boolean ipv6NamesAHost(int[] g) {
    boolean unspecified = true;
    for (int k = 0; k < 8 && unspecified; k++) {
      unspecified = g[k] == 0;
    }
    return !unspecified && (g[0] & 0xff00) != 0xff00;
  }

  /** Chars of a zone index after the address: "%eth0", "%12". */
  private static int zoneLength(String s, int end) {
    if (end >= s.length() || s.charAt(end) != '%') {
      return 0;
    }
    int i = end + 1;
    while (i < s.length() && i - end <= MAX_ZONE_CHARS
        && (isAsciiWordChar(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '.')) {
      i++;
    }
    while (i > end + 1 && s.charAt(i - 1) == '.') {
      i--; // a sentence's full stop
    }
    return i > end + 1 ? i - end : 0;
  }

  /** RFC 5952: lower case, no leading zeros, the first longest run of 2+ zero groups as "::". */
  static String canonical(int[] g) {
    if (isIpv4Mapped(g)) {
      return "::ffff:" + (g[6] >> 8) + "." + (g[6] & 0xff) + "."
          + (g[7] >> 8) + "." + (g[7] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int k = 0; k < 8; ) {
      if (g[k] != 0) {
        k++;
        continue;
      }
      int runStart = k;
      while (k < 8 && g[k] == 0) {
        k++;
      }
      if (k - runStart > bestLength) {
        bestStart = runStart;
        bestLength = k - runStart;
      }
    }
    StringBuilder out = new StringBuilder(39);
    for (int k = 0; k < 8; k++) {
      if (k == bestStart) {
        out.append("::");
        k += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(g[k]));
    }
    return out.toString();
  }

  private static boolean isIpv4Mapped(int[] g) {
    return g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
  }

  /** Loopback, link-local fe80::/10, site-local fec0::/10, unique-local fc00::/7, mapped ones. */
  private static boolean isPrivateIpv6(int[] g) {
    if (isIpv4Mapped(g)) {
      return isPrivateIpv4(new int[] {g[6] >> 8, g[6] & 0xff, g[7] >> 8, g[7] & 0xff});
    }
    boolean loopback = g[7] == 1;
    for (int k = 0; k < 7 && loopback; k++) {
      loopback = g[k] == 0;
    }
    return loopback || (g[0] & 0xffc0) == 0xfe80 || (g[0] & 0xffc0) == 0xfec0
        || (g[0] & 0xfe00) == 0xfc00;
  }

  // ---- chars ----

  private static boolean isIpv6Char(char c) {
    return c == ':' || c == '.' || hexValue(c) >= 0;
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** ASCII only: Japanese right before or after an address ("IPアドレス192.0.2.1です") is fine. */
  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
  }
}
