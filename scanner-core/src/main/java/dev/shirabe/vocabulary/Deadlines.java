package dev.shirabe.vocabulary;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a finding's time-bound flags hang on, kept with it so that they can be told again
 * on any later day without reading the file again: a minor becomes an adult, and data kept
 * past its period stays so. Immutable.
 *
 * @param minorUntil the first day the person is no longer a minor, or null when they were not
 *     one when found (or no birth date or age was found): a person never becomes a minor later
 * @param retention how long the policy keeps the finding's category, or null when it states no
 *     period
 * @param retentionFrom the date the period runs from as the finding's record gives it (its
 *     退職日, 応募日 …), or null: it runs from the file's modification time
 */
public record Deadlines(LocalDate minorUntil, Period retention, LocalDate retentionFrom) {

  /** No deadline: nothing time-bound is flagged. */
  public static final Deadlines NONE = new Deadlines(null, null, null);

  public boolean isNone() {
    return minorUntil == null && retention == null;
  }

  /**
   * The day the retention period ends, or null when there is none or nothing to run it from.
   *
   * @param modified the file's modification date, or null when not known
   */
  public LocalDate retentionEnds(LocalDate modified) {
    if (retention == null) {
      return null;
    }
    LocalDate from = retentionFrom != null ? retentionFrom : modified;
    return from == null ? null : from.plus(retention);
  }

  /**
   * The time-bound flags on {@code day}: {@link Classification#MINOR} while the person is
   * younger than the policy's minor age, {@link Classification#RETENTION_EXCEEDED} once the
   * retention period has ended (the day after its last day).
   *
   * @param modified the file's modification date, or null when not known
   */
  public List<String> flagsOn(LocalDate day, LocalDate modified) {
    List<String> flags = new ArrayList<>(2);
    if (minorUntil != null && day.isBefore(minorUntil)) {
      flags.add(Classification.MINOR);
    }
    LocalDate ends = retentionEnds(modified);
    if (ends != null && day.isAfter(ends)) {
      flags.add(Classification.RETENTION_EXCEEDED);
    }
    return flags;
  }
}
