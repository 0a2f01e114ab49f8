package dev.shirabe.extract;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quick test, for one of Tika's magics (the byte patterns of tika-mimetypes.xml), of whether
 * it can match a buffer: it says "cannot" only when Tika's own evaluation would say no, so a
 * detector may skip Tika's evaluation then and run it on the rest, and decide as Tika does.
 *
 * <p>Tika evaluates each of its ~850 magics on every file through a {@code MagicDetector} that
 * wraps the buffer in a new stream, copies its comparison window into a new array and, for a
 * regular expression, compiles the expression again: a quarter of its work on a small file.
 * Here each clause is read once from Tika's objects: a byte pattern is compared in place (with
 * Tika's mask, case folding and the zeros its window reads past the end of the data), a wide
 * offset range looks only where the pattern's first byte occurs, and an expression is compiled
 * once and run over the same characters Tika's window holds. AND, OR and at-least-N clauses
 * combine their parts' answers; a clause of another kind always "might" match.
 */
final class MagicPrefilter {

  /** The answer for one clause. */
  interface Test {
    boolean mightMatch(Buffer buffer);
  }

  /** Offset ranges wider than this look up the first byte's positions instead of scanning. */
  private static final int WIDE = 32;

  private static final Test MIGHT = buffer -> true;

  /** How far wide offset ranges reach: the buffers' byte index covers that much. */
  private int indexed;

  /** A buffer of a file's first bytes for this prefilter's tests. */
  Buffer buffer(byte[] data) {
    return new Buffer(data, indexed);
  }

  /**
   * The test of one Tika clause ({@code org.apache.tika.mime.Clause}), read through reflection
   * from Tika's package-private classes.
   *
   * @throws ReflectiveOperationException when Tika's classes are not as in 3.3 (then use Tika's
   *     detector as it is)
   */
  Test of(Object clause) throws ReflectiveOperationException {
    switch (clause.getClass().getName()) {
      case "org.apache.tika.mime.MagicMatch":
        return match(clause);
      case "org.apache.tika.mime.AndClause":
        {
          Test[] parts = parts(List.of((Object[]) field(clause, "clauses")));
          return buffer -> {
            for (Test part : parts) {
              if (!part.mightMatch(buffer)) {
                return false;
              }
            }
            return true;
          };
        }
      case "org.apache.tika.mime.OrClause":
        {
          Test[] parts = parts((List<?>) field(clause, "clauses"));
          return buffer -> {
            for (Test part : parts) {
              if (part.mightMatch(buffer)) {
                return true;
              }
            }
            return false;
          };
        }
      case "org.apache.tika.mime.MinShouldMatchClause":
        {
          Test[] parts = parts((List<?>) field(clause, "clauses"));
          int min = (Integer) field(clause, "min");
          return buffer -> {
            int might = 0;
            for (Test part : parts) {
              if (part.mightMatch(buffer) && ++might >= min) {
                return true;
              }
            }
            return false;
          };
        }
      default:
        return MIGHT;
    }
  }

  private Test[] parts(List<?> clauses) throws ReflectiveOperationException {
    Test[] parts = new Test[clauses.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = of(clauses.get(i));
    }
    return parts;
  }

  private Test match(Object match) throws ReflectiveOperationException {
    Method parse = match.getClass().getDeclaredMethod("getDetector");
    parse.setAccessible(true);
    Object detector = parse.invoke(match); // Tika's own parse of the match, as it evaluates it
    int begin = (Integer) field(detector, "offsetRangeBegin");
    int end = (Integer) field(detector, "offsetRangeEnd");
    int length = (Integer) field(detector, "length");
    byte[] pattern = (byte[]) field(detector, "pattern");
    byte[] mask = (byte[]) field(detector, "mask");
    boolean ignoreCase = (Boolean) field(detector, "isStringIgnoreCase");
    if ((Boolean) field(detector, "isRegex")) {
      int flags = ignoreCase ? Pattern.CASE_INSENSITIVE : 0;
      Pattern regex = Pattern.compile(new String(pattern, StandardCharsets.UTF_8), flags);
      return new Regex(regex, begin, end, length);
    }
    if (length == 0 || pattern.length < length || mask.length < length) {
      return MIGHT;
    }
    if (end - begin > WIDE) {
      indexed = Math.max(indexed, end + 1);
    }
    return new Bytes(begin, end, length, pattern, mask, ignoreCase);
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    Field field = owner.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(owner);
  }

  /**
   * The bytes a file starts with, as Tika's magic reads them, and where each byte value occurs
   * in them (built when a wide offset range first asks).
   */
  static final class Buffer {
    final byte[] data;
    private final int indexed;
    private int[] starts;
    private int[] positions;

    /** @param indexed how far a wide range may start (the widest range's end, plus one) */
    Buffer(byte[] data, int indexed) {
      this.data = data;
      this.indexed = Math.min(indexed, data.length);
    }

    /** The indexed positions, ascending for each byte value from {@link #start} to {@link #end}. */
    int[] positions() {
      if (positions == null) {
        int[] counts = new int[257];
        for (int i = 0; i < indexed; i++) {
          counts[(data[i] & 0xff) + 1]++;
        }
        for (int v = 0; v < 256; v++) {
          counts[v + 1] += counts[v];
        }
        int[] next = counts.clone();
        int[] sorted = new int[indexed];
        for (int i = 0; i < indexed; i++) {
          sorted[next[data[i] & 0xff]++] = i;
        }
        starts = counts;
        positions = sorted;
      }
      return positions;
    }

    int start(int value) {
      positions();
      return starts[value];
    }

    int end(int value) {
      positions();
      return starts[value + 1];
    }
  }

  /** A byte pattern (Tika's string, byte, host/little/big 16/32 and unicode matches). */
  private static final class Bytes implements Test {
    private final int begin;
    private final int end;
    private final int length;
    private final byte[] pattern;
    private final byte[] mask;
    private final boolean ignoreCase;
    /** The byte values a match can start with, or null when there are many (a loose mask). */
    private final int[] firsts;
    /** Whether a window of zeros matches: Tika's window reads zeros past the data's end. */
    private final boolean zerosMatch;

    Bytes(int begin, int end, int length, byte[] pattern, byte[] mask, boolean ignoreCase) {
      this.begin = begin;
      this.end = end;
      this.length = length;
      this.pattern = pattern;
      this.mask = mask;
      this.ignoreCase = ignoreCase;
      int[] values = new int[256];
      int count = 0;
      for (int v = 0; v < 256; v++) {
        if (matches((byte) v, 0)) {
          values[count++] = v;
        }
      }
      this.firsts = count <= 4 ? Arrays.copyOf(values, count) : null;
      boolean zeros = true;
      for (int j = 0; j < length; j++) {
        zeros &= matches((byte) 0, j);
      }
      this.zerosMatch = zeros;
    }

    /** Tika's comparison of one byte (MagicDetector.detect): masked, maybe lower-cased. */
    private boolean matches(byte b, int j) {
      int masked = (b & mask[j]);
      if (ignoreCase) {
        masked = Character.toLowerCase(masked);
      }
      return masked == pattern[j];
    }

    private boolean matchesAt(byte[] data, int i) {
      for (int j = 0; j < length; j++) {
        int k = i + j;
        if (!matches(k < data.length ? data[k] : 0, j)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public boolean mightMatch(Buffer buffer) {
      byte[] data = buffer.data;
      int size = data.length;
      if (size < begin + length) {
        return false; // Tika reads no whole window
      }
      if (end >= size && zerosMatch) {
        return true; // a window starting past the end holds only zeros
      }
      int last = Math.min(end, size - 1);
      if (last - begin <= WIDE || firsts == null || last >= buffer.indexed) {
        for (int i = begin; i <= last; i++) {
          if (matchesAt(data, i)) {
            return true;
          }
        }
        return false;
      }
      int[] positions = buffer.positions();
      for (int value : firsts) {
        int from = buffer.start(value);
        int to = buffer.end(value);
        int at = Arrays.binarySearch(positions, from, to, begin);
        for (int p = at >= 0 ? at : -at - 1; p < to && positions[p] <= last; p++) {
          if (matchesAt(data, positions[p])) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** A regular expression, compiled once, run as Tika runs it (MagicDetector.detect). */
  private static final class Regex implements Test {
    private final Pattern pattern;
    private final int begin;
    private final int end;
    private final int length;
    /** The characters a match can start with, or null when not known. */
    private final boolean[] firsts;

    Regex(Pattern pattern, int begin, int end, int length) {
      this.pattern = pattern;
      this.begin = begin;
      this.end = end;
      this.length = length;
      boolean folded = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
      this.firsts = folded ? null : firsts(pattern.pattern());
    }

    @Override
    public boolean mightMatch(Buffer buffer) {
      byte[] data = buffer.data;
      if (data.length < begin) {
        return false;
      }
      Window window = new Window(data, begin, length + (end - begin));
      Matcher m = null;
      for (int i = 0; i <= end - begin; i++) {
        if (firsts != null && !firsts[window.charAt(i)]) {
          continue; // a match here would start with this character
        }
        if (m == null) {
          m = pattern.matcher(window);
        }
        m.region(i, length + i);
        if (m.lookingAt()) {
          return true;
        }
      }
      return false;
    }

    /**
     * The ISO-8859-1 characters a match of {@code regex} must start with, when its start is
     * plain: optional "(?s)" and "^", then a literal character, a hex escape or a class of
     * those (ranges allowed, no negation), not followed by a quantifier that allows none, and
     * no alternation anywhere. Null for anything else (the expression then runs everywhere).
     */
    static boolean[] firsts(String regex) {
      if (regex.indexOf('|') >= 0) {
        return null;
      }
      int at = 0;
      if (regex.startsWith("(?s)")) {
        at = 4;
      }
      if (regex.startsWith("^", at)) {
        at++;
      }
      boolean[] firsts = new boolean[256];
      int next;
      if (at >= regex.length()) {
        return null;
      } else if (regex.charAt(at) == '[') {
        int i = at + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
          return null;
        }
        int previous = -1;
        while (true) {
          if (i >= regex.length()) {
            return null;
          }
          char c = regex.charAt(i);
          if (c == ']' && i > at + 1) {
            break;
          }
          if (c == '-' && previous >= 0 && i + 1 < regex.length() && regex.charAt(i + 1) != ']') {
            int[] high = single(regex, i + 1);
            if (high == null || high[0] < previous) {
              return null;
            }
            for (int v = previous; v <= high[0]; v++) {
              firsts[v] = true;
            }
            previous = -1;
            i = high[1];
            continue;
          }
          int[] one = single(regex, i);
          if (one == null) {
            return null;
          }
          firsts[one[0]] = true;
          previous = one[0];
          i = one[1];
        }
        next = i + 1;
      } else {
        int[] one = single(regex, at);
        if (one == null) {
          return null;
        }
        firsts[one[0]] = true;
        next = one[1];
      }
      if (next < regex.length() && "?*{".indexOf(regex.charAt(next)) >= 0) {
        return null; // the first element may match nothing
      }
      return firsts;
    }

    /** One character (literal or \xHH) at {@code i}: its value and the index after it. */
    private static int[] single(String regex, int i) {
      char c = regex.charAt(i);
      if (c == '\\') {
        if (i + 3 < regex.length() && regex.charAt(i + 1) == 'x') {
          try {
            return new int[] {Integer.parseInt(regex.substring(i + 2, i + 4), 16), i + 4};
          } catch (NumberFormatException e) {
            return null;
          }
        }
        return null;
      }
      if (c > 0xff || "\\.[]{}()*+?^$|&".indexOf(c) >= 0) {
        return null;
      }
      return new int[] {c, i + 1};
    }
  }

  /** Tika's comparison window as ISO-8859-1 characters: zeros past the end of the data. */
  private static final class Window implements CharSequence {
    private final byte[] data;
    private final int from;
    private final int length;

    Window(byte[] data, int from, int length) {
      this.data = data;
      this.from = from;
      this.length = length;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      if (index < 0 || index >= length) {
        throw new IndexOutOfBoundsException(index);
      }
      int k = from + index;
      return k < data.length ? (char) (data[k] & 0xff) : 0;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      StringBuilder s = new StringBuilder(end - start);
      for (int i = start; i < end; i++) {
        s.append(charAt(i));
      }
      return s.toString();
    }

    @Override
    public String toString() {
      return subSequence(0, length).toString();
    }
  }
}
