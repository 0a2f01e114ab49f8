package dev.shirabe.classify;

import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.Deadlines;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Handling;
import dev.shirabe.vocabulary.Part;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *       sheet's name and a table's column heads stand ({@code heading:}), and the kinds of
 *       data found in it that a section names ({@code finding:}, counting
 *       {@link #FINDING_WEIGHT}: cookie identifiers make a log a web log). Worked out once per
 *       part and counted for every finding in it.
 *   <li>the line: the finding's own line, a table's row ({@code near:}); in prose, the
 *       {@value #NEAR_BLOCK}-char block it stands in and those either side. A signal there
 *       counts {@link #NEAR_WEIGHT} times a document one, so a line can override its
 *       document: a retiree's row in a general contact list is a retiree's, while a former
 *       employee in the shareholder register stays a shareholder.
 * </ul>
 *
 * Each source counts at most two distinct signals of a category, times the category's weight.
 * The category with the best score at or above the policy's threshold wins (on a tie, the one
 * its line speaks for); a kind of data the policy does not name ({@code [unlisted …]}) can win
 * too, and then the finding has no category and is flagged. The policy's handling sections
 * (joint use, contractors, provision, sources, departments: {@link HandlingSection}) are matched
 * once per part and give each finding the {@link Handling} that applies to its category; one
 * with a {@code category} gives it to findings nothing else speaks for. Thread-safe: all state
 * is the immutable policy and the read-only signal indexes.
 */
public final class PolicyClassifier implements Classifier, Closeable {

  private static final String[] SOURCES =
      {"path", "title", "subject", "header", "heading", "near", "finding"};
  private static final int PATH = 0;
  private static final int TITLE = 1;
  private static final int SUBJECT = 2;
  private static final int HEADER = 3;
  private static final int HEADING = 4;
  private static final int NEAR = 5;
  private static final int FINDING = 6;

  /**
   * What a kind of data found in the part ({@code finding:}) counts, against 1 for a word of
   * the path or title: enough alone (a web server's header log, whatever it is called, holding
   * cookie identifiers), less than any word, so that where the file's name or a line names
   * another category, that decides (a customer list with a column of session cookies).
   */
  static final double FINDING_WEIGHT = 0.5;

  /**
   * What a signal on the finding's own line counts, against 1 for one in a document-level
   * source: a line that names a category outweighs one document source (a file name), not a
   * file whose name, title and first lines all agree.
   */
  static final double NEAR_WEIGHT = 1.5;

  /** How many of a part's first non-blank lines are its heading. */
  private static final int HEADING_LINES = 3;
  /** A heading line is read up to this many chars. */
  private static final int LINE_CHARS = 160;
  /** A line longer than this is prose, not a row: only the blocks around a finding are near. */
  private static final int LONG_LINE = 240;
  /** The blocks a long line is read in. */
  private static final int NEAR_BLOCK = 64;

  private static final Pattern HEADER_LINE =
      Pattern.compile("(From|To|Cc|Bcc|Reply-To|Subject): ?(.*)");

  private final Policy policy;
  private final List<PolicyCategory> sections;
  private final SignalIndex index;
  /** The words of the handling sections (joint use, contractors …), by their order. */
  private final SignalIndex handlingIndex;
  private final List<HandlingSection> handling;
  private final Clock clock;

  public PolicyClassifier(Policy policy) {
    this(policy, Clock.systemDefaultZone());
  }

  /**
   * A classifier whose time-bound flags ({@code minor}, {@code retention_exceeded}) are those
   * of the clock's day, in its zone.
   */
  public PolicyClassifier(Policy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
    this.sections = policy.sections();
    this.index = new SignalIndex(policy);
    this.handling = policy.handling();
    this.handlingIndex = new SignalIndex(
        handling.stream().map(HandlingSection::jaWords).toList(),
        handling.stream().map(HandlingSection::enWords).toList());
  }

  /** The policy's digest: its text decides the categories. */
  @Override
  public String fingerprint() {
    return "policy:" + policy.digest();
  }

  public Policy policy() {
    return policy;
  }

  /**
   * The document evidence of the part this thread classified last. The findings of a long part
   * come a segment at a time (in text order, on one thread); its heading is the one above its
   * first finding, worked out with the first segment, as if the part had come whole.
   */
  private static final class DocumentSeen {
    /** Weak: the thread must not keep a part's text alive once the scan is done with it. */
    java.lang.ref.WeakReference<Part> part = new java.lang.ref.WeakReference<>(null);
    Path file;
    Evidence evidence;
    /**
     * Per handling section, whether it matches the part: -1 not, else how long a prefix of it
     * the file is under (0 for a match of another signal, or a section with none).
     */
    int[] handled;
    /** The first matched handling section that gives a category, or -1. */
    int fallback;
    /** The file's modification date, read when first needed; null when it cannot be. */
    LocalDate modified;
    boolean modifiedRead;
    /**
     * Whether the part's text holds an age word ({@link RecordFacts#mayStateAge}), read once
     * for all its segments: a 5 MB table has hundreds, and read whole for each it cost a tenth
     * of its scan. Null until first needed.
     */
    Boolean mayStateAge;
  }

  private final ThreadLocal<DocumentSeen> lastDocument = ThreadLocal.withInitial(DocumentSeen::new);

  @Override
  public List<Classification> classify(Path file, Part part, List<Finding> findings) {
    if (findings.isEmpty()) {
      return List.of();
    }
    String text = part.text();
    DocumentSeen seen = lastDocument.get();
    // The same part of the same file: a later segment of a long part, the same document.
    if (seen.part.get() != part || !file.equals(seen.file)) {
      int bodyStart = headerBlockEnd(text);
      int firstFinding = text.length();
      for (Finding finding : findings) {
        if (finding.start() >= bodyStart) {
          firstFinding = Math.min(firstFinding, finding.start());
        }
      }
      seen.part = new java.lang.ref.WeakReference<>(part);
      seen.file = file;
      seen.evidence = documentEvidence(file, part, text, bodyStart, firstFinding, findings);
      seen.handled = handled(file, part, text, bodyStart, firstFinding);
      seen.fallback = -1;
      for (int h = 0; h < handling.size() && seen.fallback < 0; h++) {
        if (seen.handled[h] >= 0 && handling.get(h).category() != null) {
          seen.fallback = h;
        }
      }
      seen.modifiedRead = false;
      seen.modified = null;
      seen.mayStateAge = null;
    }
    Evidence document = seen.evidence;
    // Each row, or block of a long line, is analysed and looked up once, whatever the number
    // of findings in and around it.
    Map<Long, List<SignalIndex.Signal>> units = new HashMap<>();
    Map<Long, Evidence> windows = new HashMap<>();
    List<Classification> out = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      int[] w = nearWindow(text, finding.start());
      Evidence near = windows.computeIfAbsent(key(w[0], w[1]), k -> {
        Evidence e = new Evidence(sections.size(), SOURCES.length);
        for (int u = w[0]; u < w[1]; u += w[2]) {
          int from = u;
          int to = Math.min(u + w[2], w[1]);
          for (SignalIndex.Signal signal : units.computeIfAbsent(key(from, to),
              x -> index.find(text.substring(from, to)))) {
            add(e, NEAR, signal, 1.0);
          }
        }
        return e;
      });
      out.add(decide(finding, document, near, seen.fallback));
    }
    if (!handling.isEmpty()) {
      for (int i = 0; i < out.size(); i++) {
        Handling h = handlingOf(out.get(i), seen.handled);
        if (!h.isNone()) {
          out.set(i, out.get(i).withHandling(h));
        }
      }
    }
    dated(file, text, findings, out, seen);
    return out;
  }

  // ---------------------------------------------------------------------------------------
  // handling: joint use, contractors, provision, sources, department

  /**
   * Which handling sections the part matches ({@link DocumentSeen#handled}): a word in its
   * path, title, subject or first lines, a path pattern, a mail-header pattern, an address of
   * one of its domains in the mail's address headers, a prefix the file is under; a section
   * with none of these (categories only) matches every part.
   */
  private int[] handled(Path file, Part part, String text, int bodyStart, int firstFinding) {
    int[] handled = new int[handling.size()];
    java.util.Arrays.fill(handled, -1);
    if (handling.isEmpty()) {
      return handled;
    }
    List<String> segments = segments(file, part);
    String context = String.join("\n", segments).replaceAll("[_\\-.]", " ") + "\n"
        + part.meta(Part.TITLE) + "\n" + part.meta(Part.SUBJECT) + "\n"
        + heading(text, bodyStart, firstFinding);
    for (SignalIndex.Signal signal : handlingIndex.find(context)) {
      handled[signal.section()] = Math.max(handled[signal.section()], 0);
    }
    String path = file.toAbsolutePath().normalize().toString().replace('\\', '/');
    Matcher header = HEADER_LINE.matcher("");
    List<String[]> headers = new ArrayList<>();
    for (String line : text.substring(0, bodyStart).split("\n")) {
      if (header.reset(line.stripTrailing()).matches()) {
        headers.add(new String[] {header.group(1), header.group(2)});
      }
    }
    for (int h = 0; h < handling.size(); h++) {
      HandlingSection section = handling.get(h);
      if (!section.hasSignals()) {
        handled[h] = 0;
        continue;
      }
      handled[h] = Math.max(handled[h], section.prefixMatch(path));
      for (String segment : segments) {
        for (Glob glob : section.paths()) {
          if (glob.matches(segment)) {
            handled[h] = Math.max(handled[h], 0);
          }
        }
      }
      for (String[] line : headers) {
        for (HeaderPattern pattern : section.headers()) {
          if (pattern.matches(line[0], line[1])) {
            handled[h] = Math.max(handled[h], 0);
          }
        }
        if (!section.domains().isEmpty() && !line[0].equals("Subject")) {
          for (String address : line[1].split("[,;]")) {
            if (section.atDomain(address.strip())) {
              handled[h] = Math.max(handled[h], 0);
            }
          }
        }
      }
    }
    return handled;
  }

  /**
   * The handling of a finding: the matched sections that apply to its category, and of the
   * departments, the one with the longest prefix the file is under (the first on a tie).
   */
  private Handling handlingOf(Classification c, int[] handled) {
    List<String> joint = new ArrayList<>();
    List<String> contractors = new ArrayList<>();
    List<String> provisions = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    String department = null;
    int departmentMatch = -1;
    for (int h = 0; h < handling.size(); h++) {
      HandlingSection section = handling.get(h);
      if (handled[h] < 0 || !section.appliesTo(c.category())) {
        continue;
      }
      switch (section.kind()) {
        case Handling.JOINT_USE -> joint.add(section.id());
        case Handling.CONTRACTOR -> contractors.add(section.id());
        case Handling.PROVISION -> provisions.add(section.id());
        case Handling.SOURCE -> sources.add(section.id());
        case Handling.DEPARTMENT -> {
          if (handled[h] > departmentMatch) {
            departmentMatch = handled[h];
            department = section.id();
          }
        }
        default -> throw new IllegalStateException(section.kind());
      }
    }
    return new Handling(joint, contractors, provisions, sources, department);
  }

  /** The folders and name of the file and the segments of the part's locator. */
  private static List<String> segments(Path file, Part part) {
    List<String> segments = new ArrayList<>();
    for (Path p : file) {
      segments.add(p.toString());
    }
    if (!part.locator().isEmpty()) {
      segments.addAll(List.of(part.locator().split(Pattern.quote(Part.SEPARATOR))));
    }
    return segments;
  }

  // ---------------------------------------------------------------------------------------
  // time-bound flags

  /**
   * Gives each finding the dates its time-bound flags hang on ({@link Deadlines}), and those
   * flags as of today: {@code minor} by a birth date or age in its record ({@link
   * RecordFacts}), {@code retention_exceeded} by its category's retention period, run from a
   * date its record labels with one of the category's words or else from the file's
   * modification time. The text is read for them only when a finding may need them.
   */
  private void dated(Path file, String text, List<Finding> findings, List<Classification> out,
      DocumentSeen seen) {
    Set<String> words = new LinkedHashSet<>();
    boolean retention = false;
    for (Classification c : out) {
      PolicyCategory section = retentionOf(c);
      if (section != null) {
        retention = true;
        words.addAll(section.retentionFrom());
      }
    }
    if (!retention && !RecordFacts.hasDateOfBirth(findings)) {
      if (seen.mayStateAge == null) {
        seen.mayStateAge = RecordFacts.mayStateAge(text);
      }
      if (!seen.mayStateAge) {
        return;
      }
    }
    RecordFacts facts = RecordFacts.of(text, findings, words);
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < findings.size(); i++) {
      LocalDate minorUntil = null;
      RecordFacts.Birth birth = facts.birth(i);
      if (birth != null) {
        LocalDate until = birth.date() != null ? birth.date().plusYears(policy.minorAge())
            // An age is as old as the text: they reach the minor age at the latest this long
            // after the file was written.
            : birth.age() < policy.minorAge()
                ? Objects.requireNonNullElse(modified(file, seen), today)
                    .plusYears(policy.minorAge() - birth.age())
                : null;
        // A person found adult never becomes a minor: nothing to keep of their birth.
        minorUntil = until != null && today.isBefore(until) ? until : null;
      }
      PolicyCategory section = retentionOf(out.get(i));
      LocalDate from = null;
      if (section != null) {
        for (String word : section.retentionFrom()) {
          from = facts.dates(i).get(word);
          if (from != null) {
            break;
          }
        }
      }
      Deadlines deadlines = new Deadlines(minorUntil,
          section == null ? null : section.retention(), from);
      if (!deadlines.isNone()) {
        LocalDate modified = section != null && from == null ? modified(file, seen) : null;
        out.set(i, out.get(i).withDeadlines(deadlines, today, modified));
      }
    }
  }

  /** The category of the classification when the policy states a retention period for it. */
  private PolicyCategory retentionOf(Classification c) {
    if (c.category() == null) {
      return null;
    }
    PolicyCategory section = policy.section(c.category()).orElse(null);
    return section != null && section.retention() != null ? section : null;
  }

  /** The file's modification date in the clock's zone, or null when it cannot be read. */
  private LocalDate modified(Path file, DocumentSeen seen) {
    if (!seen.modifiedRead) {
      seen.modifiedRead = true;
      try {
        seen.modified = LocalDate.ofInstant(
            Files.getLastModifiedTime(file).toInstant(), clock.getZone());
      } catch (IOException | UnsupportedOperationException e) {
        seen.modified = null; // not a file of this file system: no date to run a period from
      }
    }
    return seen.modified;
  }

  // ---------------------------------------------------------------------------------------
  // evidence

  private Evidence documentEvidence(Path file, Part part, String text, int bodyStart,
      int firstFinding, List<Finding> findings) {
    Evidence e = new Evidence(sections.size(), SOURCES.length);
    for (int s = 0; s < sections.size(); s++) {
      for (Finding finding : findings) {
        if (sections.get(s).findings().contains(finding.type())) {
          e.add(s, FINDING, SOURCES[FINDING], finding.type().name(),
              FINDING_WEIGHT * sections.get(s).weight());
        }
      }
    }
    List<String> segments = segments(file, part);
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

  private static long key(int start, int end) {
    return (long) start << 32 | end;
  }

  private void words(Evidence e, int source, String text) {
    for (SignalIndex.Signal signal : index.find(text)) {
      add(e, source, signal, 1.0);
    }
  }

  private void add(Evidence e, int source, SignalIndex.Signal signal, double weight) {
    e.add(signal.section(), source, SOURCES[source], signal.word(),
        weight * sections.get(signal.section()).weight());
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
   * The near window of a finding: its line (a table's row); in a line longer than
   * {@link #LONG_LINE} (prose), the {@link #NEAR_BLOCK}-char block it starts in and the blocks
   * either side. Blocks are aligned to the line's start, so that neighbouring findings share
   * them. Not the line before: above a table's first row stand its column heads, which speak
   * for the whole table (they are the part's heading), not for that row.
   *
   * @return the window's start and end, and the size of the units it is read in
   */
  private static int[] nearWindow(String text, int offset) {
    int lineStart = offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    int lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    if (lineEnd - lineStart <= LONG_LINE) {
      return new int[] {lineStart, lineEnd, Math.max(1, lineEnd - lineStart)};
    }
    int block = (offset - lineStart) / NEAR_BLOCK;
    int start = lineStart + Math.max(0, block - 1) * NEAR_BLOCK;
    int end = Math.min(lineEnd, lineStart + (block + 2) * NEAR_BLOCK);
    return new int[] {start, end, NEAR_BLOCK};
  }

  // ---------------------------------------------------------------------------------------
  // decision

  /**
   * @param fallback the handling section whose category the finding takes when no section of
   *     the policy speaks for it, or -1
   */
  private Classification decide(Finding finding, Evidence document, Evidence near,
      int fallback) {
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
    if (finding.type().sensitivity() == FindingType.Sensitivity.RESTRICTED) {
      flags.add(Classification.RESTRICTED_IDENTIFIER);
    }
    boolean myNumber = finding.type() == FindingType.MY_NUMBER;
    List<String> fallbackSignals = List.of();
    if (winner < 0 && fallback >= 0) {
      // Data nothing speaks for, in a part a handling section matches that says whose it is
      // (a contractor's hand-off file): that category's.
      HandlingSection h = handling.get(fallback);
      winner = sections.indexOf(policy.section(h.category()).orElseThrow());
      fallbackSignals = List.of(h.kind() + ":" + h.id());
    }
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
    signals.addAll(fallbackSignals);
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
    try (handlingIndex) {
      index.close();
    }
  }
}
