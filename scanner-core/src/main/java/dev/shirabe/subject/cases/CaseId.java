package dev.shirabe.subject.cases;

import java.util.regex.Pattern;

/**
 * A disclosure case's id, as the requester's ticket names it ({@code C1}, {@code 2026-041},
 * {@code 開示-12}). It names the case's log file, so it is letters, digits, {@code -}, {@code _}
 * and {@code .}, starting with a letter or digit: no path, no hidden file.
 */
public final class CaseId {

  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{0,63}");

  private CaseId() {}

  /** The id, or an {@link IllegalArgumentException} saying what a case id may be. */
  public static String check(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a case id is 1 to 64 letters, digits, '-', '_' and '.',"
          + " starting with a letter or digit; found '" + id + "'");
    }
    return id;
  }
}
