package dev.shirabe.classify;

import dev.shirabe.detect.Finding;
import dev.shirabe.detect.FindingType;
import dev.shirabe.extract.Part;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps findings to the data-subject categories of a {@link Policy}. The evidence comes from
 * two levels:
 *
 * <ul>
 *   <li>the document: the file's path and the part's locator ({@code path:}), its title
 *       ({@code title:}), a mail's subject ({@code subject:}) and address headers
 *       ({@code header:}), and its first lines above the first finding, where a title, a
 *       sheet's name and a table's column heads stand ({@code heading:}). Worked out once per part and counted for every finding in it.
 *   <li>the line: the finding's own line, a table's row ({@code near:}), a window of it when
 *       the line is long. A signal there counts {@link #NEAR_WEIGHT} times a document one, so
 *       a line can override its document: a retiree's row in a general contact list is a
 *       retiree's, while a former employee in the shareholder register stays a shareholder.
 * </ul>
 *
 * Each source counts at most two distinct signals of a category. The category with the best
 * score at or above the policy's threshold wins (on a tie, the one its line speaks for); a kind of data the policy does not name
 * ({@code [unlisted …]}) can win too, and then the finding has no category and is flagged.
 * Thread-safe: all state is the immutable policy and the read-only signal index.
 */
public final class PolicyClassifier implements Classifier, Closeable {

  private static final String[] SOURCES = {"path", "title", "subject", "header", "heading", "near"};
  private static final int PATH = 0;
  private static final int TITLE = 1;
  private static final int SUBJECT = 2;
  private static final int HEADER = 3;
  private static final int HEADING = 4;
  private static final int NEAR = 5;

  /**
   * What a signal on the finding's own line counts, against 1 for one in a document-level
   * source: a line that names a category outweighs one document source (a file name), not a
   * file whose name, title and first lines all agree.
   */
  static final double NEAR_WEIGHT = 1.5;

  /** How many of a part's first non-blank lines are its heading. */
  private static final int HEADING_LINES = 3;
  /** A heading line or a near line is read up to this many chars. */
  private static final int LINE_CHARS = 160;

  private static final Pattern HEADER_LINE =
      Pattern.compile("(From|To|Cc|Bcc|Reply-To|Subject): ?(.*)");

  private final Policy policy;
  private final List<PolicyCategory> sections;
  private final SignalIndex index;

  public PolicyClassifier(Policy policy) {
    this.policy = policy;
    this.sections = policy.sections();
    this.index = new SignalIndex(policy);
  }

  public Policy policy() {
    return policy;
  }

  @Override
  public List<Classification> classify(Path file, Part part, List<Finding> findings) {
    if (findings.isEmpty()) {
      return List.of();
    }
    String text = part.text();
    int bodyStart = headerBlockEnd(text);
    int firstFinding = text.length();
    for (Finding finding : findings) {
      if (finding.start() >= bodyStart) {
        firstFinding = Math.min(firstFinding, finding.start());
      }
    }
    Evidence document = documentEvidence(file, part, text, bodyStart, firstFinding);
    Map<Long, Evidence> lines = new HashMap<>();
    List<Classification> out = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      long[] window = nearWindow(text, finding.start());
      Evidence near = lines.computeIfAbsent(window[0] << 32 | window[1],
          k -> lineEvidence(text.substring((int) window[0], (int) window[1])));
      out.add(decide(finding, document, near));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------
  // evidence

  private Evidence documentEvidence(
      Path file, Part part, String text, int bodyStart, int firstFinding) {
    Evidence e = new Evidence(sections.size(), SOURCES.length);
    List<String> segments = new ArrayList<>();
    for (Path p : file) {
      segments.add(p.toString());
    }
    if (!part.locator().isEmpty()) {
      segments.addAll(List.of(part.locator().split(Pattern.quote(Part.SEPARATOR))));
    }
    for (String segment : segments) {
      for (int s = 0; s < sections.size(); s++) {
        for (Glob glob : sections.get(s).paths()) {
          if (glob.matches(segment)) {
            e.add(s, PATH, SOURCES[PATH], glob.toString(), sections.get(s).weight());
          }
        }
      }
    }
    // Folder and file names are written with _ and - between words: read them as spaces.
    words(e, PATH, String.join("\n", segments).replaceAll("[_\\-.]", " "));
    words(e, TITLE, part.meta(Part.TITLE));
    String subject = part.meta(Part.SUBJECT);
    Matcher header = HEADER_LINE.matcher("");
    for (String line : text.substring(0, bodyStart).split("\n")) {
      if (!header.reset(line).matches()) {
        continue;
      }
      String name = header.group(1);
      String value = header.group(2);
      if (name.equals("Subject") && subject.isEmpty()) {
        subject = value;
      }
      for (int s = 0; s < sections.size(); s++) {
        for (HeaderPattern pattern : sections.get(s).headers()) {
          if (pattern.matches(name, value)) {
            e.add(s, HEADER, SOURCES[HEADER], pattern.toString(), sections.get(s).weight());
          }
        }
      }
    }
    if (!subject.equals(part.meta(Part.TITLE))) {
      // A mail's title is its subject: counted once.
      words(e, SUBJECT, subject);
    }
    words(e, HEADING, heading(text, bodyStart, firstFinding));
    return e;
  }

  private Evidence lineEvidence(String window) {
    Evidence e = new Evidence(sections.size(), SOURCES.length);
    words(e, NEAR, window);
    return e;
  }

  private void words(Evidence e, int source, String text) {
    for (SignalIndex.Signal signal : index.find(text)) {
      e.add(signal.section(), source, SOURCES[source], signal.word(),
          sections.get(signal.section()).weight());
    }
  }

  /**
   * The heading: the first non-blank lines after the mail headers and above the first finding
   * (a title, a sheet's name, a table's column heads; never a row of data), each cut to
   * {@link #LINE_CHARS}.
   */
  private static String heading(String text, int from, int firstFinding) {
    StringBuilder heading = new StringBuilder();
    int lines = 0;
    int pos = from;
    while (lines < HEADING_LINES && pos < text.length()) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = text.length();
      }
      if (end > firstFinding) {
        break;
      }
      String line = text.substring(pos, Math.min(end, pos + LINE_CHARS)).strip();
      if (!line.isEmpty()) {
        heading.append(line).append('\n');
        lines++;
      }
      pos = end + 1;
    }
    return heading.toString();
  }

  /** Where a mail part's header block (From:, To:, …, Subject:) ends; 0 for other parts. */
  static int headerBlockEnd(String text) {
    int pos = 0;
    Matcher header = HEADER_LINE.matcher("");
    while (pos < text.length()) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = text.length();
      }
      if (!header.reset(text.substring(pos, end).stripTrailing()).matches()) {
        break;
      }
      pos = end + 1;
    }
    return pos;
  }

  /**
   * The near window of a finding: its line (a table's row), cut to three aligned blocks of
   * {@link #LINE_CHARS} chars when long, so the findings of one line share one window and one
   * query. Not the line before: above a table's first row stand its column heads, which speak
   * for the whole table (they are the part's heading), not for that row.
   */
  private static long[] nearWindow(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    if (offset == 0) {
      lineStart = 0;
    }
    int lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    int start = lineStart;
    int end = lineEnd;
    if (lineEnd - lineStart > 2 * LINE_CHARS) {
      int block = (offset - lineStart) / LINE_CHARS;
      start = Math.max(lineStart, lineStart + (block - 1) * LINE_CHARS);
      end = Math.min(lineEnd, lineStart + (block + 2) * LINE_CHARS);
    }
    return new long[] {start, end};
  }

  // ---------------------------------------------------------------------------------------
  // decision

  private Classification decide(Finding finding, Evidence document, Evidence near) {
    double threshold = policy.threshold();
    int winner = -1;
    double best = 0;
    for (int s = 0; s < sections.size(); s++) {
      double score = document.score(s) + NEAR_WEIGHT * near.score(s);
      boolean better = score > best
          || (score == best && winner >= 0 && near.score(s) > near.score(winner));
      if (score >= threshold && better) {
        best = score;
        winner = s;
      }
    }
    Set<String> flags = new LinkedHashSet<>();
    for (int s = 0; s < sections.size(); s++) {
      if (sections.get(s).flags().contains(Classification.SPECIAL_CARE)
          && (near.score(s) >= threshold || document.score(s) >= threshold)) {
        flags.add(Classification.SPECIAL_CARE);
      }
    }
    boolean myNumber = finding.type() == FindingType.MY_NUMBER;
    if (winner < 0) {
      if (myNumber) {
        flags.add(Classification.MY_NUMBER_OUTSIDE_PURPOSE);
      }
      return flags.isEmpty() ? Classification.NONE
          : new Classification(null, List.of(), List.of(), List.copyOf(flags));
    }
    PolicyCategory section = sections.get(winner);
    List<String> signals = new ArrayList<>(near.signals(winner));
    signals.addAll(document.signals(winner));
    if (!section.listed()) {
      flags.add(Classification.NOT_IN_POLICY);
      flags.addAll(section.flags());
      if (myNumber) {
        flags.add(Classification.MY_NUMBER_OUTSIDE_PURPOSE);
      }
      signals.add(0, "unlisted:" + section.id());
      return new Classification(null, List.of(), signals, List.copyOf(flags));
    }
    flags.addAll(section.flags());
    List<String> purposes = section.purposeIds();
    if (myNumber) {
      // The My Number Act limits an individual number to its procedures: only those purposes.
      List<String> allowed = section.myNumberPurposeIds();
      if (allowed.isEmpty()) {
        flags.add(Classification.MY_NUMBER_OUTSIDE_PURPOSE);
      } else {
        purposes = allowed;
      }
    }
    return new Classification(section.id(), purposes, signals, List.copyOf(flags));
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
