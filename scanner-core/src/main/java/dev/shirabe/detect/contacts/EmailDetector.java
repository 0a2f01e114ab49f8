package dev.shirabe.detect.contacts;

import dev.shirabe.detect.ContextWindow;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.text.WordList;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds email addresses, full-width ones too (ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ), by matching the
 * folded text. An address is a local part, {@code @} and a domain of at least two labels that
 * ends in a top-level domain delegated in the DNS root (IANA's list): that rules out
 * {@code foo@bar}, version strings ({@code lib@1.2.3}), image names ({@code logo@2x.png}) and
 * Outlook Content-IDs ({@code image001.png@01D2A3B4.5C6D7E80}). Message and content
 * identifiers, which have the syntax of an address, are skipped after {@code cid:},
 * {@code mid:} or a header such as Message-ID.
 *
 * <p>An address whose @ is written as a mark to keep it from harvesters, as Japanese web pages
 * do ({@code recruit★example.co.jp}, "★を@に置き換えて"), is found too, with less confidence, and
 * normalised with its @.
 *
 * <p>The local part is the practical subset of RFC 5322 that mail systems hand out, with dots
 * allowed anywhere after the first char: older Japanese mobile carriers issued addresses such
 * as {@code taro..yamada.@docomo.ne.jp}, which are still in old address books.
 *
 * <p>A role mailbox ({@code info@}, {@code support-desk@}: {@link RoleMailboxes}) is reported
 * with the subtype {@value RoleMailboxes#SUBTYPE}: it is a function's, not a person's.
 */
public final class EmailDetector implements Detector {

  public static final String NAME = "email";

  /** A syntactically valid address on a real top-level domain is nearly always one. */
  private static final double CONFIDENCE = 0.9;

  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

  /** The chars of a local part, as in ADDRESS; the first must be a letter, digit or "_". */
  private static final String LOCAL_PART_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+'-";

  /** An obfuscated address is still plain to a person, a little less to us. */
  private static final double OBFUSCATED_CONFIDENCE = 0.75;

  /** Marks written in place of the @ on pages that hide addresses from harvesters. */
  private static final String AT_SUBSTITUTES = "★☆◆◇●○■□";

  /** RFC 5321's limit; a longer run before an @ is not a local part. */
  private static final int MAX_LOCAL_PART = 64;

  /** Group 1 is the domain; its trailing labels may still have to be dropped. */
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?<![A-Za-z0-9_])[A-Za-z0-9_][A-Za-z0-9._%+'-]*+@(" + LABEL + "(?:\\." + LABEL + ")+)");

  /**
   * What introduces a message or content identifier that looks like an address: the RFC 2392
   * URL schemes, and mail headers that hold identifiers (Message-ID, Content-ID, X-…-Id: all
   * end in "-id:").
   */
  private static final List<String> IDENTIFIER_CONTEXT =
      List.of("cid:", "mid:", "-id:", "in-reply-to:", "references:");

  /** Enough to reach back over "In-Reply-To: <". */
  private static final int IDENTIFIER_WINDOW = 16;

  private final Set<String> topLevelDomains;
  private final RoleMailboxes roles = RoleMailboxes.standard();

  public EmailDetector() {
    this.topLevelDomains = Set.copyOf(WordList.load("tlds.txt"));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Finding> detect(DetectionText text) {
    String folded = withPlainAtMarks(text.folded());
    List<Finding> findings = new ArrayList<>();
    Matcher m = ADDRESS.matcher(folded).useTransparentBounds(true);
    int searched = 0;
    // Match only where an @ is, instead of trying the pattern at every char of the text.
    for (int at = folded.indexOf('@'); at >= 0; at = folded.indexOf('@', at + 1)) {
      int start = localPartStart(folded, Math.max(searched, at - MAX_LOCAL_PART), at);
      if (!m.region(start, folded.length()).lookingAt()) {
        continue;
      }
      searched = m.end();
      int end = m.start(1) + domainLength(m.group(1));
      if (end > m.start(1) && !isIdentifier(text, start)) {
        boolean obfuscated = text.folded().charAt(at) != '@';
        String address = folded.substring(start, end).toLowerCase(Locale.ROOT);
        findings.add(
            text.finding(FindingType.EMAIL, roles.isRoleAddress(address) ? Finding.ROLE : null,
                start, end, address, obfuscated ? OBFUSCATED_CONFIDENCE : CONFIDENCE, NAME));
      }
    }
    return findings;
  }

  /** The text with each at-mark substitute written as @, same length. */
  private static String withPlainAtMarks(String folded) {
    char[] chars = null;
    for (int i = 0; i < folded.length(); i++) {
      if (AT_SUBSTITUTES.indexOf(folded.charAt(i)) >= 0) {
        if (chars == null) {
          chars = folded.toCharArray();
        }
        chars[i] = '@';
      }
    }
    return chars == null ? folded : new String(chars);
  }

  /** Where the local part before the @ begins: its first letter, digit or underscore. */
  private static int localPartStart(String folded, int limit, int at) {
    int start = at;
    while (start > limit && LOCAL_PART_CHARS.indexOf(folded.charAt(start - 1)) >= 0) {
      start--;
    }
    while (start < at && !canStartLocalPart(folded.charAt(start))) {
      start++;
    }
    return start;
  }

  private static boolean canStartLocalPart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * The length of the longest prefix of the domain, in whole labels, that has at least two
   * labels and ends in a delegated top-level domain; 0 when there is none. Dropping labels
   * lets "mail a@example.com.Thanks" yield "a@example.com".
   */
  private int domainLength(String domain) {
    int end = domain.length();
    while (true) {
      int dot = domain.lastIndexOf('.', end - 1);
      if (dot < 0) {
        return 0;
      }
      if (topLevelDomains.contains(domain.substring(dot + 1, end).toLowerCase(Locale.ROOT))) {
        return end;
      }
      end = dot;
    }
  }

  private static boolean isIdentifier(DetectionText text, int start) {
    return ContextWindow.before(text, start, IDENTIFIER_WINDOW).distanceTo(IDENTIFIER_CONTEXT) >= 0;
  }
}
